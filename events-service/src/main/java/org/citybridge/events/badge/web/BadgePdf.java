package org.citybridge.events.badge.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.citybridge.events.badge.Badge;
import org.citybridge.events.ticket.QrCodes;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Name badges: on A4 sheets of eight (two columns, four rows, with light cut lines), or one on a page
 * of its own size for a badge printer or a person printing their own. Each shows the congress's title,
 * the name large, the organisation and city below it, and the ticket's QR code. Long names wrap onto a second line and
 * shrink until they fit the badge: nothing runs off its edge.
 *
 * <p>A badge has one word of its own, the congress's title, shown in the attendee's language where the
 * congress has it; a title shown in another language is marked with it ("(NL)"). The few words of the
 * sheet itself are in the reader's language ({@link DocumentLabels}).
 */
final class BadgePdf {

    /** OpenPDF ships Liberation Sans; embedded as Unicode it prints "Münster" and Turkish names alike. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final float WIDTH = 269.5f;
    private static final float HEIGHT = 190.5f;
    private static final float SHEET_MARGIN_X = 28;
    private static final float SHEET_MARGIN_Y = 40;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float PADDING = 14;
    private static final float BAND = 6;
    private static final float QR_SIZE = 110;
    private static final Color ACCENT = new Color(0, 110, 120);
    private static final Color GREY = new Color(85, 85, 85);
    private static final Color CUT = new Color(200, 200, 200);

    private BadgePdf() {
    }

    static byte[] sheets(List<Badge> badges, DocumentLabels labels) {
        return render(badges, labels, PageSize.A4, true);
    }

    static byte[] single(Badge badge, DocumentLabels labels) {
        return render(List.of(badge), labels, new Rectangle(WIDTH, HEIGHT), false);
    }

    private static byte[] render(List<Badge> badges, DocumentLabels labels, Rectangle pageSize, boolean sheet) {
        BaseFont font = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The catalog's /Lang tells screen readers which language to read the document in.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().code()));
            document.addTitle(labels.text("badges.title"));
            document.addCreator("CityBridge");
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            int perPage = sheet ? COLUMNS * ROWS : 1;
            if (badges.isEmpty()) {
                document.add(new Paragraph(labels.text("badges.none"), new Font(font, 12)));
            }
            for (int i = 0; i < badges.size(); i++) {
                if (i > 0 && i % perPage == 0) {
                    document.newPage();
                }
                int slot = i % perPage;
                float x = sheet ? SHEET_MARGIN_X + (slot % COLUMNS) * WIDTH : 0;
                float y = sheet ? pageSize.getHeight() - SHEET_MARGIN_Y - (slot / COLUMNS + 1) * HEIGHT : 0;
                draw(canvas, font, badges.get(i), x, y, sheet);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The badges could not be composed", e);
        }
        return out.toByteArray();
    }

    /** One badge with its lower left corner at (x, y). */
    private static void draw(PdfContentByte canvas, BaseFont font, Badge badge, float x, float y, boolean cutLines)
            throws DocumentException {
        if (cutLines) {
            canvas.saveState();
            canvas.setColorStroke(CUT);
            canvas.setLineWidth(0.5f);
            canvas.setLineDash(3, 3, 0);
            canvas.rectangle(x, y, WIDTH, HEIGHT);
            canvas.stroke();
            canvas.restoreState();
        }
        canvas.saveState();
        canvas.setColorFill(ACCENT);
        canvas.rectangle(x, y + HEIGHT - BAND, WIDTH, BAND);
        canvas.fill();
        canvas.restoreState();

        float left = x + PADDING;
        float right = x + WIDTH - PADDING;
        float top = y + HEIGHT - BAND - PADDING + 4;
        float bottom = y + PADDING - 6;
        // The congress on one small line at the top; the name takes at most three lines under it, and the
        // organisation follows right under the name.
        float nameTop = top;
        if (badge.congressTitle() != null && !badge.congressTitle().isBlank()) {
            fit(canvas, font, congressTitle(badge), new Rectangle(left, top - 11, right, top), 9, 6, Font.NORMAL,
                    ACCENT);
            nameTop = top - 13;
        }
        float underName = fit(canvas, font, badge.name(), new Rectangle(left, top - 56, right, nameTop), 22, 10,
                Font.BOLD, Color.BLACK);

        float qrLeft = right - QR_SIZE;
        drawQr(canvas, badge.secret(), qrLeft, bottom);

        float textRight = qrLeft - 8;
        float cityTop = bottom + 16;
        if (badge.organisation() != null && !badge.organisation().isBlank()) {
            fit(canvas, font, badge.organisation(), new Rectangle(left, cityTop + 4, textRight, underName - 8), 12, 7,
                    Font.NORMAL, Color.BLACK);
        }
        if (badge.city() != null && !badge.city().isBlank()) {
            fit(canvas, font, badge.city(), new Rectangle(left, bottom, textRight, cityTop), 11, 7, Font.NORMAL, GREY);
        }
    }

    /** The title, followed by its language where that is not the badge's: "KleurRijk congres (NL)". */
    private static String congressTitle(Badge badge) {
        Optional<DocumentLanguage> written = DocumentLanguage.of(badge.congressTitleLanguage());
        Optional<DocumentLanguage> worn = DocumentLanguage.of(badge.language());
        return written.isPresent() && worn.isPresent() && written.get() != worn.get()
                ? badge.congressTitle() + " " + DocumentLabels.mark(written.get())
                : badge.congressTitle();
    }

    /**
     * The QR code as filled squares rather than an image: sharp at any print resolution and a few
     * hundred bytes per badge, where a bitmap is either blurry when scaled or large.
     */
    private static void drawQr(PdfContentByte canvas, String secret, float left, float bottom) {
        BitMatrix modules = QrCodes.modules(secret);
        float module = QR_SIZE / modules.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            float rowBottom = bottom + QR_SIZE - (row + 1) * module;
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                canvas.rectangle(left + start * module, rowBottom, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * Writes the text into the box at the largest size from {@code largest} down to {@code smallest}
     * at which it fits whole (wrapping at spaces, or inside a word too long for a line); at the
     * smallest size what does not fit is cut at the box's edge rather than drawn over its neighbours.
     * Returns where the text ended, so that the next can follow it.
     */
    private static float fit(PdfContentByte canvas, BaseFont base, String text, Rectangle box, float largest,
            float smallest, int style, Color colour) throws DocumentException {
        for (float size = largest; ; size -= 0.5f) {
            boolean last = size - 0.5f < smallest;
            ColumnText column = column(canvas, base, text, box, size, style, colour);
            if (!ColumnText.hasMoreText(column.go(true)) || last) {
                ColumnText written = column(canvas, base, text, box, size, style, colour);
                written.go();
                return written.getYLine();
            }
        }
    }

    private static ColumnText column(PdfContentByte canvas, BaseFont base, String text, Rectangle box, float size,
            int style, Color colour) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(box.getLeft(), box.getBottom(), box.getRight(), box.getTop());
        column.setLeading(size * 1.12f);
        column.setAlignment(Element.ALIGN_LEFT);
        column.addText(new Phrase(text, new Font(base, size, style, colour)));
        return column;
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF's bundled font " + FONT + " cannot be read", e);
        }
    }
}
