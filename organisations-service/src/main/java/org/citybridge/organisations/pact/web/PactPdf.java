package org.citybridge.organisations.pact.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.citybridge.organisations.pact.LineOfWork;
import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactContent;
import org.citybridge.organisations.pact.Signatory;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable pact: its text, its lines of work and the table of signatories with their logos, as
 * the paper form of seed 003 has them ("Logo, Naam organisatie, Naam en functie verantwoordelijke,
 * Datum"). Logos are drawn when they are PNG or JPEG; any other logo (SVG, which OpenPDF cannot draw,
 * or a damaged file) leaves the logo cell empty: the organisation's name is in the next column anyway.
 *
 * <p>Headings, labels and dates are in the reader's language ({@link DocumentLabels}); the pact's text
 * stays as the city wrote it, since a pact holds no translations, and where that is another language
 * than the document's the title and the lines of work say so ("(NL)") and a note under the title names it.
 */
final class PactPdf {

    /** OpenPDF ships Liberation Sans; embedded as Unicode it prints Turkish, German and Dutch names alike. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Set<String> DRAWABLE = Set.of("image/png", "image/jpeg", "image/jpg");
    private static final Color GREY = new Color(90, 90, 90);

    private PactPdf() {
    }

    /**
     * @param labels    the words of the document, in the reader's language
     * @param writtenIn the language the pact's text is written in: its city's; null when unknown, and then nothing is marked
     */
    static byte[] render(Pact pact, List<Signatory> signatories, DocumentLabels labels, DocumentLanguage writtenIn) {
        PactContent content = pact.content();
        BaseFont base = font();
        Font title = new Font(base, 20, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font emphasis = new Font(base, 12, Font.ITALIC);
        Font small = new Font(base, 8.5f, Font.NORMAL, GREY);
        Font cellFont = new Font(base, 9.5f);
        Font cellHead = new Font(base, 9.5f, Font.BOLD);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The catalog's /Lang tells screen readers which language to read the document in.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().code()));
            document.addTitle(content.title());
            document.addCreator("CityBridge");
            document.open();

            document.add(spaced(new Paragraph(labels.marked(content.title(), writtenIn), title), 4));
            if (!pact.isPublished()) {
                document.add(spaced(new Paragraph(labels.text("pact.draft"), heading), 4));
            }
            if (writtenIn != null && writtenIn != labels.language()) {
                document.add(spaced(new Paragraph(labels.text("pact.writtenIn",
                        labels.text("language." + writtenIn.code()), DocumentLabels.mark(writtenIn)), small), 4));
            }
            document.add(spaced(new Paragraph(labels.text("pact.vision", content.visionTitle()), emphasis), 4));
            String period = labels.text("pact.period", content.period().toString())
                    + (content.signedOn() == null ? "" : "  ·  " + labels.text("pact.dated", labels.date(content.signedOn())));
            document.add(spaced(new Paragraph(period, small), 14));

            if (content.introduction() != null) {
                for (String paragraph : content.introduction().split("\\R\\s*\\R")) {
                    document.add(spaced(new Paragraph(paragraph.strip(), body), 8));
                }
            }
            // The introduction leads into them ("Overwegende,"), so the considerations need no heading.
            if (!content.considerations().isEmpty()) {
                com.lowagie.text.List considerations = new com.lowagie.text.List(false, 12);
                considerations.setListSymbol(new com.lowagie.text.Chunk("-  ", body));
                content.considerations().forEach(text -> considerations.add(new ListItem(text, body)));
                document.add(considerations);
            }
            document.add(spaced(new Paragraph(" ", body), 2));
            document.add(spaced(content.endorsement() != null ? new Paragraph(content.endorsement(), body)
                    : new Paragraph(labels.text("pact.linesOfWork"), heading), 4));
            for (LineOfWork line : content.linesOfWork()) {
                document.add(spaced(new Paragraph(line.number() + "   " + labels.marked(line.title(), writtenIn), body), 2));
            }
            if (content.closing() != null) {
                document.add(spaced(new Paragraph(" ", body), 2));
                document.add(spaced(new Paragraph(content.closing(), body), 8));
            }

            document.add(spaced(new Paragraph(" ", body), 6));
            if (signatories.isEmpty()) {
                document.add(spaced(new Paragraph(labels.text("pact.signatories"), heading), 6));
                document.add(new Paragraph(labels.text("pact.noSignatures"), body));
            } else {
                document.add(table(content, signatories, labels, heading, cellHead, cellFont, small));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the pact " + pact.id() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(PactContent content, List<Signatory> signatories, DocumentLabels labels,
            Font heading, Font head, Font cell, Font small) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 2.6f, 2f, 2f, 1.4f});
        table.setWidthPercentage(100);
        // The heading is a header row of the table, so it never stays behind alone at the foot of a page
        // and is repeated, with the column names, on every page the table runs to.
        table.setHeaderRows(2);
        PdfPCell title = new PdfPCell(new Phrase(labels.text("pact.signatories"), heading));
        title.setColspan(5);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(8);
        table.addCell(title);
        for (String column : List.of("logo", "organisation", "responsible", "role", "date")) {
            PdfPCell header = new PdfPCell(new Phrase(labels.text("pact.column." + column), head));
            header.setBackgroundColor(new Color(230, 230, 230));
            header.setPadding(4);
            table.addCell(header);
        }
        for (Signatory signatory : signatories) {
            Signature signature = signatory.signature();
            table.addCell(logoCell(signatory));
            table.addCell(padded(new PdfPCell(new Phrase(signatory.organisationName(), cell))));
            table.addCell(padded(new PdfPCell(new Phrase(signature.responsibleName(), cell))));
            table.addCell(padded(new PdfPCell(new Phrase(signature.responsibleRole(), cell))));
            table.addCell(padded(new PdfPCell(new Phrase(labels.date(signature.signedOn()), cell))));
            if (!signature.commitments().isEmpty()) {
                StringBuilder text = new StringBuilder(labels.text("pact.commitments"));
                signature.commitments().forEach(commitment -> text.append("\n").append(commitment.lineOfWork())
                        .append(" ").append(lineTitle(content, commitment.lineOfWork())).append(": ")
                        .append(commitment.text()));
                PdfPCell commitments = padded(new PdfPCell(new Phrase(text.toString(), small)));
                commitments.setColspan(5);
                table.addCell(commitments);
            }
        }
        return table;
    }

    private static PdfPCell logoCell(Signatory signatory) {
        PdfPCell cell = null;
        if (signatory.hasLogo() && signatory.logoContentType() != null
                && DRAWABLE.contains(signatory.logoContentType().toLowerCase(Locale.ROOT))) {
            try {
                Image image = Image.getInstance(signatory.logo());
                image.scaleToFit(64, 32);
                cell = new PdfPCell(image, false);
            } catch (IOException | RuntimeException e) {
                // A logo that claims to be PNG or JPEG but is not: the row stays readable without it.
                cell = null;
            }
        }
        if (cell == null) {
            cell = new PdfPCell(new Phrase(""));
        }
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return padded(cell);
    }

    private static String lineTitle(PactContent content, int number) {
        return content.linesOfWork().stream().filter(line -> line.number() == number).map(LineOfWork::title)
                .findFirst().orElse("");
    }

    private static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
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
