package org.citybridge.knowledge.handbook.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.FrozenChapter.Section;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * An edition as a printable PDF (OpenPDF, as the pact and report PDFs): a title page, a table of
 * contents with page numbers and links, the introduction, then each chapter on a new page; page
 * numbers in the footer and the chapters as PDF bookmarks.
 *
 * <p>The page numbers of the contents are only known once the chapters are laid out, so the document
 * is laid out twice: the first time records on which page each chapter starts, the second prints those
 * numbers. The contents hold the same lines both times, so the chapters land on the same pages.
 *
 * <p>Typography: OpenPDF's bundled Liberation Sans, embedded as Unicode (Münster, Turkish and Arabic
 * names print), 11 pt text on 16 pt leading in a column of about 80 characters on A4.
 */
final class HandbookPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(31, 35, 40);
    private static final Color GREY = new Color(95, 99, 104);
    private static final Color ACCENT = new Color(26, 95, 180);
    private static final Color RULE = new Color(200, 184, 154);
    /** Margins in points: a text column of about 14.5 cm, some 80 characters of body text a line. */
    private static final float SIDE = 90;
    private static final float TOP = 72;
    private static final float BOTTOM = 72;

    private final BaseFont base = font();
    private final Font title = new Font(base, 26, Font.BOLD, INK);
    private final Font subtitle = new Font(base, 14, Font.NORMAL, GREY);
    private final Font chapterLabel = new Font(base, 10, Font.NORMAL, GREY);
    private final Font chapterTitle = new Font(base, 20, Font.BOLD, INK);
    private final Font heading = new Font(base, 12, Font.BOLD, INK);
    private final Font body = new Font(base, 11, Font.NORMAL, INK);
    private final Font intro = new Font(base, 11, Font.ITALIC, GREY);
    private final Font small = new Font(base, 9, Font.NORMAL, GREY);
    private final Font link = new Font(base, 11, Font.NORMAL, ACCENT);

    private final EditionLabels labels;

    private HandbookPdf(EditionLabels labels) {
        this.labels = labels;
    }

    static byte[] render(EditionText edition, EditionLabels labels) {
        HandbookPdf pdf = new HandbookPdf(labels);
        Map<String, Integer> pages = new HashMap<>();
        pdf.layOut(edition, pages, Map.of());
        return pdf.layOut(edition, new HashMap<>(), pages);
    }

    /**
     * @param startPages filled with the page each chapter starts on
     * @param known      the start pages of a previous lay-out, printed in the contents (empty: none yet)
     */
    private byte[] layOut(EditionText edition, Map<String, Integer> startPages, Map<String, Integer> known) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, SIDE, SIDE, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Pages(edition, startPages));
            // The catalog's /Lang tells screen readers which language to read the document in.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().code()));
            document.addTitle(labels.editionTitle(edition));
            document.addSubject(edition.handbookTitle());
            document.addCreator("CityBridge");
            document.open();

            titlePage(document, edition);
            document.newPage();
            contents(document, edition, known);
            if (edition.introduction() != null && !edition.introduction().isBlank()) {
                document.newPage();
                Paragraph heading = new Paragraph(chunkAt("introduction", labels.introduction(), chapterTitle));
                heading.setSpacingAfter(14);
                document.add(heading);
                paragraphs(document, edition.introduction(), body);
            }
            for (FrozenChapter chapter : edition.chapters()) {
                document.newPage();
                chapter(document, chapter);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The handbook PDF could not be composed", e);
        }
        return out.toByteArray();
    }

    private void titlePage(Document document, EditionText edition) throws DocumentException {
        Paragraph space = new Paragraph(" ", body);
        space.setSpacingBefore(150);
        document.add(space);
        Paragraph name = new Paragraph(edition.title(), title);
        name.setLeading(32);
        document.add(name);
        if (!edition.title().equals(edition.handbookTitle())) {
            Paragraph handbook = new Paragraph(edition.handbookTitle(), subtitle);
            handbook.setSpacingBefore(8);
            document.add(handbook);
        }
        LineSeparator rule = new LineSeparator(1.2f, 30, RULE, Element.ALIGN_LEFT, -10);
        document.add(new Chunk(rule));
        Paragraph line = new Paragraph(labels.edition(edition), edition.publishedAt() == null
                ? new Font(base, 12, Font.BOLD, new Color(156, 47, 47)) : new Font(base, 12, Font.NORMAL, INK));
        line.setSpacingBefore(24);
        document.add(line);
        Paragraph city = new Paragraph(EditionLabels.city(edition.municipality()), new Font(base, 12, Font.NORMAL, GREY));
        city.setSpacingBefore(4);
        document.add(city);
        if (labels.marksAnyChapter(edition.chapters())) {
            Paragraph note = new Paragraph(labels.markNote(), small);
            note.setSpacingBefore(18);
            document.add(note);
        }
    }

    private void contents(Document document, EditionText edition, Map<String, Integer> known)
            throws DocumentException {
        Paragraph heading = new Paragraph(labels.contents(), chapterTitle);
        heading.setSpacingAfter(18);
        document.add(heading);
        if (edition.introduction() != null && !edition.introduction().isBlank()) {
            document.add(contentsLine(labels.introduction(), "introduction", known));
        }
        for (FrozenChapter chapter : edition.chapters()) {
            document.add(contentsLine(labels.chapterHeading(chapter), EditionLabels.anchor(chapter), known));
        }
    }

    /** The title, dots, the page number: both the title and the number link to the chapter. */
    private Paragraph contentsLine(String text, String anchor, Map<String, Integer> known) {
        Paragraph line = new Paragraph();
        line.setLeading(20);
        line.add(new Chunk(text, link).setLocalGoto(anchor));
        line.add(new Chunk(" "));
        line.add(new Chunk(new DottedLineSeparator()));
        Integer page = known.get(anchor);
        // The first lay-out does not know the numbers yet; a placeholder as wide keeps the lines alike.
        line.add(new Chunk(" " + (page == null ? "00" : String.valueOf(page)), body).setLocalGoto(anchor));
        return line;
    }

    private void chapter(Document document, FrozenChapter chapter) throws DocumentException {
        Paragraph label = new Paragraph(chunkAt(EditionLabels.anchor(chapter), labels.chapterLabel(chapter),
                chapterLabel));
        document.add(label);
        Paragraph name = new Paragraph(labels.title(chapter), chapterTitle);
        name.setLeading(25);
        name.setSpacingBefore(4);
        document.add(name);
        Paragraph byline = new Paragraph(labels.byline(chapter), small);
        byline.setSpacingBefore(6);
        byline.setSpacingAfter(6);
        document.add(byline);
        if (chapter.introduction() != null && !chapter.introduction().isBlank()) {
            for (String paragraph : EditionLabels.paragraphs(chapter.introduction())) {
                Paragraph text = new Paragraph(paragraph, intro);
                text.setLeading(16);
                text.setIndentationLeft(14);
                text.setSpacingAfter(7);
                document.add(text);
            }
        }
        for (Section section : chapter.sections()) {
            Paragraph sectionHeading = new Paragraph(labels.sectionHeading(chapter, section), heading);
            sectionHeading.setLeading(15);
            sectionHeading.setSpacingBefore(6);
            sectionHeading.setSpacingAfter(2);
            document.add(sectionHeading);
            if (section.text() != null) {
                paragraphs(document, labels.sectionText(chapter, section), body);
            }
            if (!section.items().isEmpty()) {
                List items = new List(List.UNORDERED, 14);
                items.setListSymbol(new Chunk("\u2022", body));
                for (String item : section.items()) {
                    ListItem entry = new ListItem(item, body);
                    entry.setLeading(16);
                    entry.setSpacingAfter(3);
                    items.add(entry);
                }
                document.add(items);
            }
        }
    }

    private static void paragraphs(Document document, String text, Font font) throws DocumentException {
        for (String paragraph : EditionLabels.paragraphs(text)) {
            Paragraph p = new Paragraph(paragraph, font);
            p.setLeading(16);
            p.setSpacingAfter(7);
            document.add(p);
        }
    }

    /** A destination the contents link to; its generic tag tells the page events where it landed. */
    private static Chunk chunkAt(String anchor, String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setLocalDestination(anchor);
        chunk.setGenericTag(anchor + "\n" + text);
        return chunk;
    }

    /** Footer with the page number (not on the title page); records where chapters start and bookmarks them. */
    private final class Pages extends PdfPageEventHelper {

        private final EditionText edition;
        private final Map<String, Integer> startPages;

        Pages(EditionText edition, Map<String, Integer> startPages) {
            this.edition = edition;
            this.startPages = startPages;
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
            String[] parts = tag.split("\n", 2);
            if (startPages.putIfAbsent(parts[0], writer.getPageNumber()) == null) {
                PdfOutline root = writer.getRootOutline();
                new PdfOutline(root, new PdfDestination(PdfDestination.FITH, rect.getTop() + 20),
                        parts[0].startsWith("chapter-") ? chapterTitleOf(parts[0]) : parts[1]);
            }
        }

        private String chapterTitleOf(String anchor) {
            return edition.chapters().stream().filter(chapter -> EditionLabels.anchor(chapter).equals(anchor))
                    .findFirst().map(labels::chapterHeading).orElse(anchor);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            float y = BOTTOM / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(labels.editionTitle(edition), small), SIDE, y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(writer.getPageNumber()), small),
                    document.getPageSize().getWidth() - SIDE, y, 0);
        }
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
