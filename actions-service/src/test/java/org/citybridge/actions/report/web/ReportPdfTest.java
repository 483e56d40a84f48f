package org.citybridge.actions.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.Resources;
import org.citybridge.actions.programme.ProgressWeighting;
import org.citybridge.actions.report.ActionSnapshot;
import org.citybridge.actions.report.IndicatorSnapshot;
import org.citybridge.actions.report.IndicatorSnapshot.Point;
import org.citybridge.actions.report.ProgressReport;
import org.citybridge.actions.report.ReportPeriod;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The report PDF with an indicator: its chart is drawn on the page (the page is rendered to PNG under
 * target/ for a person to look at, and the test looks for the measured line's colour).
 */
class ReportPdfTest {

    /** IndicatorChart's colours: nothing else on the page is drawn in them. */
    static final Color MEASURED = new Color(0, 94, 184);
    static final Color TARGET = new Color(200, 80, 30);

    static IndicatorSnapshot homeParties() {
        return new IndicatorSnapshot("i-1", "Homeparties door sociale adviseurs", "homeparties per jaar", "UP",
                new Point(LocalDate.of(2011, 1, 1), BigDecimal.ZERO),
                List.of(new Point(LocalDate.of(2011, 12, 31), BigDecimal.valueOf(360)),
                        new Point(LocalDate.of(2012, 12, 31), BigDecimal.valueOf(720))),
                List.of(new Point(LocalDate.of(2011, 12, 31), BigDecimal.valueOf(360)),
                        new Point(LocalDate.of(2012, 3, 31), BigDecimal.valueOf(527))),
                BigDecimal.valueOf(527), LocalDate.of(2012, 3, 31), 0.46, "ON_TRACK", Visibility.NETWORK);
    }

    @Test
    void eachIndicatorGetsAChartOfItsValuesAgainstTheTargetLine() throws IOException {
        ActionSnapshot advisers = new ActionSnapshot("a-14", "Sociale adviseurs", 3, ActionStatus.ON_TIME, 0.46,
                new Resources(BigDecimal.valueOf(85000), BigDecimal.valueOf(21000), null, null), List.of(),
                List.of(), List.of(homeParties()), "167 homeparties in de eerste drie maanden van 2012",
                Visibility.NETWORK);
        ProgressReport report = ProgressReport.draft("antwerpen", Visibility.NETWORK, "p-1",
                "Diversiteitsbeleid 2011-2012", ReportPeriod.parse("2012-Q1"), ProgressWeighting.EQUAL, List.of(advisers),
                Instant.parse("2012-04-02T08:00:00Z"));

        byte[] pdf = ReportPdf.render(report, DocumentLabels.in(DocumentLanguage.EN), DocumentLanguage.EN);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Homeparties door sociale adviseurs: 527",
                    "progress 46.0 %", "on track", "Diversiteitsbeleid 2011-2012");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            Path png = Path.of("target", "report-with-chart.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertThat(pixelsNear(page, MEASURED)).as("pixels of the measured line").isGreaterThan(50);
            assertThat(pixelsNear(page, TARGET)).as("pixels of the dashed target line").isGreaterThan(50);
        }
    }

    @Test
    void aDutchReportReadInDutchHasDutchLabelsNumbersAndDates() throws IOException {
        String text = text(ReportPdf.render(antwerpReport(), DocumentLabels.in(DocumentLanguage.NL), DocumentLanguage.NL));

        assertThat(text).contains("Voortgangsrapportage 2012-Q1", "CONCEPT - momentopname van 2 april 2012, 08:00 UTC",
                "periode 1 januari 2012 tot en met 31 maart 2012", "Voortgang programma: 46,0 %", "1 actie",
                "Status: op schema", "Budget EUR 21.000 besteed van 85.000 begroot", "Toelichting: 167 homeparties",
                "527 homeparties per jaar op 31 maart 2012", "voortgang 46,0 %", "op koers");
        assertThat(text).doesNotContain("Progress report", "DRAFT", "snapshot", "Programme completion", "action ",
                "spent", "planned", "Commentary", "progress", "on track", "ON_TRACK", "ON_TIME", "April", "(NL)");
    }

    @Test
    void readInGermanTheLabelsAreGermanAndTheDutchTextsMarked() throws IOException {
        byte[] pdf = ReportPdf.render(antwerpReport(), DocumentLabels.in(DocumentLanguage.DE), DocumentLanguage.NL);
        // For a person to look at (pdftoppm -png -r 80 target/report-de.pdf target/report-de).
        Files.write(Path.of("target", "report-de.pdf"), pdf);
        String text = text(pdf);

        assertThat(text).contains("Fortschrittsbericht 2012-Q1", "ENTWURF - Stand vom 2. April 2012, 08:00 UTC",
                "Diversiteitsbeleid 2011-2012 (NL)", "Sociale adviseurs (NL)", "auf Niederländisch verfasst (NL)",
                "Status: im Zeitplan", "Budget EUR 21.000 ausgegeben von 85.000 geplant", "Kommentar: 167 homeparties",
                "am 31. März 2012", "auf Kurs");
        assertThat(text).doesNotContain("Progress report", "Voortgangsrapportage", "DRAFT", "Commentary", "on track");
    }

    @Test
    void aCityWhoseLanguageIsUnknownHasItsTextsUnmarked() throws IOException {
        String text = text(ReportPdf.render(antwerpReport(), DocumentLabels.in(DocumentLanguage.EN), null));

        assertThat(text).contains("Progress report 2012-Q1", "Sociale adviseurs").doesNotContain("(NL)", "(EN)");
    }

    private static ProgressReport antwerpReport() {
        ActionSnapshot advisers = new ActionSnapshot("a-14", "Sociale adviseurs", 3, ActionStatus.ON_TIME, 0.46,
                new Resources(BigDecimal.valueOf(85000), BigDecimal.valueOf(21000), null, null), List.of(),
                List.of(), List.of(homeParties()), "167 homeparties in de eerste drie maanden van 2012",
                Visibility.NETWORK);
        return ProgressReport.draft("antwerpen", Visibility.NETWORK, "p-1", "Diversiteitsbeleid 2011-2012",
                ReportPeriod.parse("2012-Q1"), ProgressWeighting.EQUAL, List.of(advisers),
                Instant.parse("2012-04-02T08:00:00Z"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pixelsNear(BufferedImage image, Color colour) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) < 40 && Math.abs(pixel.getGreen() - colour.getGreen()) < 40
                        && Math.abs(pixel.getBlue() - colour.getBlue()) < 40) {
                    count++;
                }
            }
        }
        return count;
    }
}
