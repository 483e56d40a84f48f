package org.citybridge.events.badge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.citybridge.events.badge.Badge;
import org.citybridge.events.ticket.QrDecoding;
import org.citybridge.events.ticket.TicketPayload;
import org.citybridge.events.ticket.TicketSecrets;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.junit.jupiter.api.Test;

/**
 * Badge sheets as a printer gets them: each name, organisation and city inside its own badge (long
 * ones wrapped or shrunk, never spilling into the next), and each QR code readable as its ticket's
 * secret. The pages are also written to target/ as PNG for a person to look at.
 */
class BadgePdfTest {

    static final String LONG_NAME = "Mehmet Ali Karakoçoğlu-Vandenberghe de la Fontaine-Überreiter";
    static final String LONG_ORGANISATION = "Federatie van Marokkaanse en Turkse Zelforganisaties en Vrouwenverenigingen "
            + "Antwerpen-Noord en Merksem vzw";

    static final DocumentLabels ENGLISH = DocumentLabels.in(DocumentLanguage.EN);

    final PrivateKey key = generate();

    @Test
    void eachBadgeKeepsItsTextInsideAndItsQrCodeReadable() throws IOException {
        List<Badge> badges = new ArrayList<>();
        badges.add(new Badge("KleurRijk congres: samen werken aan diversiteit in onderwijs, werk en zorg", LONG_NAME,
                LONG_ORGANISATION, "Antwerpen", secret()));
        badges.add(new Badge("Interkulturelle Öffnung", "Ayşe Yılmaz", "Stichting De Brug", "Münster", secret()));
        for (int i = 3; i <= 10; i++) {
            badges.add(new Badge(null, "Deelnemer " + i, i % 2 == 0 ? null : "Gemeente Almelo", "Almelo", secret()));
        }

        byte[] pdf = BadgePdf.sheets(badges, ENGLISH);
        Files.write(Files.createDirectories(Path.of("target", "badges")).resolve("sheets.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("eight per sheet").isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Interkulturelle Öffnung", "Ayşe Yılmaz", "Stichting De Brug", "Münster",
                    "Deelnemer 10");

            String first = squeezed(textIn(document, 0, 0));
            assertThat(first).as("the long name, wrapped in its own badge").contains(squeezed(LONG_NAME));
            assertThat(first).contains(squeezed(LONG_ORGANISATION), "Antwerpen");
            assertThat(squeezed(textIn(document, 0, 1))).as("its neighbour holds none of it")
                    .doesNotContain("Karako", "Vandenberghe", "Merksem");
            assertThat(squeezed(textIn(document, 0, 2))).doesNotContain("Karako", "Merksem");

            PDFRenderer renderer = new PDFRenderer(document);
            Path target = Path.of("target", "badges");
            Files.createDirectories(target);
            ImageIO.write(renderer.renderImageWithDPI(0, 80), "png", target.resolve("sheet-page-1.png").toFile());
            BufferedImage sharp = renderer.renderImageWithDPI(0, 200);
            for (int slot : new int[] {0, 1, 7}) {
                assertThat(QrDecoding.decode(cell(sharp, slot, 200))).as("QR code of badge %d", slot)
                        .isEqualTo(badges.get(slot).secret());
            }
            assertThat(QrDecoding.decode(cell(renderer.renderImageWithDPI(1, 200), 1, 200)))
                    .isEqualTo(badges.get(9).secret());
        }
    }

    @Test
    void aSingleBadgeIsAPageOfItsOwnSize() throws IOException {
        Badge badge = new Badge("Congres Almelo", "Jan de Vries", "Gemeente Almelo", "Almelo", secret());

        byte[] pdf = BadgePdf.single(badge, ENGLISH);
        Files.write(Files.createDirectories(Path.of("target", "badges")).resolve("single.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isLessThan(300);
            assertThat(new PDFTextStripper().getText(document)).contains("Congres Almelo", "Jan de Vries", "Gemeente Almelo",
                    "Almelo");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            assertThat(QrDecoding.decode(page)).isEqualTo(badge.secret());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    Files.createDirectories(Path.of("target", "badges")).resolve("single.png").toFile());
        }
    }

    @Test
    void noConfirmedAttendeesIsAPageThatSaysSoInTheReadersLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(BadgePdf.sheets(List.of(), ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("No confirmed registrations yet.");
        }
        try (PDDocument document = Loader.loadPDF(BadgePdf.sheets(List.of(), DocumentLabels.in(DocumentLanguage.DE)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Noch keine bestätigten Anmeldungen.")
                    .doesNotContain("No confirmed");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Namensschilder");
        }
    }

    @Test
    void aTitleInAnotherLanguageThanTheBadgesIsMarkedWithIt() throws IOException {
        Badge german = new Badge("KleurRijk congres", "nl", "Jan de Vries", null, "Münster", secret(), "de");
        Badge dutch = new Badge("KleurRijk congres", "nl", "Ayşe Yılmaz", null, "Almelo", secret(), "nl");

        try (PDDocument document = Loader.loadPDF(BadgePdf.single(german, DocumentLabels.in(DocumentLanguage.DE)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("KleurRijk congres (NL)");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
        try (PDDocument document = Loader.loadPDF(BadgePdf.single(dutch, DocumentLabels.in(DocumentLanguage.NL)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("KleurRijk congres").doesNotContain("(NL)");
        }
    }

    /** The text inside one badge of a sheet (slot 0..7, left to right, top to bottom). */
    private static String textIn(PDDocument document, int page, int slot) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("badge", new Rectangle2D.Float(28 + (slot % 2) * 269.5f, 40 + (slot / 2) * 190.5f,
                269.5f, 190.5f));
        stripper.extractRegions(document.getPage(page));
        return stripper.getTextForRegion("badge");
    }

    private static BufferedImage cell(BufferedImage page, int slot, int dpi) {
        float scale = dpi / 72f;
        return page.getSubimage(Math.round((28 + (slot % 2) * 269.5f) * scale),
                Math.round((40 + (slot / 2) * 190.5f) * scale), Math.round(269.5f * scale), Math.round(190.5f * scale));
    }

    /** Without line breaks and hyphenation spaces, so that a wrapped name still reads as the name. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private String secret() {
        return TicketSecrets.sign(new TicketPayload(UUID.randomUUID().toString().substring(0, 16),
                "registration-" + UUID.randomUUID(), "congress-" + UUID.randomUUID(), List.of("plenair", "workshop-2"),
                null, null), key);
    }

    private static PrivateKey generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
