package org.citybridge.actions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citybridge.actions.ActionsClient;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The P&C cycle through the API: draft, comment, export, finalise for good, compare two periods. */
@StackTest
class ReportIT {

    static final String ALMELO = TestTokens.officer("almelo");

    @LocalServerPort
    int port;

    ActionsClient client;
    String programme;
    String vision;
    String milestone;

    @BeforeEach
    void programmeWithActions() {
        client = new ActionsClient(port);
        programme = client.programme("almelo", "PRIVATE");
        vision = client.action("almelo", programme, """
                {"title": "Gedeelde visie", "goal": 1, "resources": {"budgetPlanned": 30000, "budgetSpent": 12500,
                 "ftePlanned": 0.8, "fteSpent": 0.5}}
                """);
        milestone = ActionsClient.id(client.api().post("/api/actions/" + vision + "/milestones",
                "{\"title\": \"Praatstuk besproken\", \"due\": \"2010-05-31\"}", ALMELO));
        client.action("almelo", programme, "{\"title\": \"=1+2 Netwerklunch\", \"goal\": 2}");
    }

    @Test
    void aFinalisedReportNeverChangesEvenWhenItsActionsDo() {
        String report = draft("2010-Q2");
        HttpResponse<String> commented = client.put("/api/reports/" + report + "/commentary/" + vision,
                "{\"text\": \"Praatstuk loopt vertraging op door de verkiezingen.\"}", ALMELO, null);
        assertThat(commented.statusCode()).as(commented.body()).isEqualTo(200);
        HttpResponse<String> finalised = client.api().post("/api/reports/" + report + "/finalise", "", ALMELO);
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
        assertThat(ApiClient.json(finalised).get("state").asString()).isEqualTo("FINAL");

        assertThat(client.put("/api/reports/" + report + "/commentary/" + vision, "{\"text\": \"x\"}", ALMELO, null)
                .statusCode()).isEqualTo(409);
        assertThat(client.api().post("/api/reports/" + report + "/retake", "", ALMELO).statusCode()).isEqualTo(409);
        assertThat(client.api().post("/api/reports/" + report + "/finalise", "", ALMELO).statusCode()).isEqualTo(409);

        client.put("/api/actions/" + vision + "/milestones/" + milestone,
                "{\"state\": \"COMPLETED\", \"completedOn\": \"2010-07-01\"}", ALMELO, null);
        JsonNode frozen = client.get("/api/reports/" + report, "almelo");
        JsonNode action = actionIn(frozen, vision);
        assertThat(action.get("status").asString()).as("as it was when finalised").isEqualTo("LATE");
        assertThat(action.get("milestonesMissed").get(0).asString()).isEqualTo("Praatstuk besproken");
        assertThat(action.get("commentary").asString()).contains("verkiezingen");

        String event = TopicProbe.awaitRecords(ActionsClient.TOPIC, record -> report.equals(record.key())).get(0).value();
        assertThat(EventJson.read(event).type()).isEqualTo("report.finalised.v1");
        EventExamples.assertSameShape("report.finalised.v1", event);
    }

    @Test
    void anotherCityReadsOnlyTheSharedPartOfASharedProgrammesReport() {
        String shared = client.programme("almelo", "NETWORK");
        String open = client.action("almelo", shared, "{\"title\": \"Gedeeld\", \"visibility\": \"NETWORK\"}");
        String done = ActionsClient.id(client.api().post("/api/actions/" + open + "/milestones",
                "{\"title\": \"Eerste stap\", \"due\": \"2010-05-01\"}", ALMELO));
        client.put("/api/actions/" + open + "/milestones/" + done, "{\"state\": \"COMPLETED\", \"completedOn\": "
                + "\"2010-04-15\"}", ALMELO, null);
        String secret = client.action("almelo", shared, """
                {"title": "GEHEIM", "visibility": "PRIVATE", "resources": {"budgetPlanned": 99999}}""");
        String secretIndicator = ActionsClient.id(client.api().post("/api/actions/" + open + "/indicators", """
                {"name": "GEHEIME indicator", "unit": "x", "baseline": {"date": "2010-01-01", "value": 0},
                 "targets": [{"date": "2011-12-31", "value": 10}], "direction": "UP", "updateInterval": "YEAR",
                 "visibility": "PRIVATE"}""", ALMELO));
        String report = ActionsClient.id(client.api().post("/api/programmes/" + shared + "/reports",
                "{\"period\": \"2010-Q2\"}", ALMELO));
        String antwerpen = TestTokens.officer("antwerpen");

        assertThat(client.get("/api/reports/" + report, "almelo").toString()).contains(secret, secretIndicator);
        for (String path : List.of("/api/reports/" + report, "/api/reports/" + report + "/csv",
                "/api/programmes/" + shared + "/reports")) {
            HttpResponse<String> seen = client.api().get(path, antwerpen);
            assertThat(seen.statusCode()).as(path).isEqualTo(200);
            assertThat(seen.body()).as(path).doesNotContain("GEHEIM").doesNotContain("99999");
        }
        assertThat(client.api().get("/api/reports/" + report, antwerpen).body()).contains(open);
        assertThat(client.get("/api/reports/" + report, "almelo").get("completion").asDouble())
                .as("by budget, the secret 99999 EUR action not started weighs it all").isEqualTo(0.0);
        assertThat(ApiClient.json(client.api().get("/api/reports/" + report, antwerpen)).get("completion").asDouble())
                .as("rolled up from what Antwerpen may see: the shared action, its one milestone done").isEqualTo(1.0);
        try (PDDocument document = Loader.loadPDF(client.api().getBytes("/api/reports/" + report + "/pdf", antwerpen)
                .body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Gedeeld").doesNotContain("GEHEIM");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        client.api().post("/api/reports/" + report + "/finalise", "", ALMELO);
        String event = TopicProbe.awaitRecords(ActionsClient.TOPIC, record -> report.equals(record.key())).get(0).value();
        assertThat(event).as("the network reads the event").contains(open).doesNotContain("GEHEIM");
        assertThat(EventJson.read(event).payload().get("completion").asDouble())
                .as("rolled up from the shared action alone, as Antwerpen reads the report").isEqualTo(1.0);
    }

    @Test
    void aReportTellsItsPeriodEvenWhenDraftedAfterwards() {
        client.put("/api/actions/" + vision + "/milestones/" + milestone,
                "{\"state\": \"COMPLETED\", \"completedOn\": \"2010-07-01\"}", ALMELO, null);

        JsonNode spring = client.get("/api/reports/" + draft("2010-Q2"), "almelo");
        JsonNode summer = client.get("/api/reports/" + draft("2010-Q3"), "almelo");

        assertThat(actionIn(spring, vision).get("status").asString()).as("its milestone was open and overdue on 30 June")
                .isEqualTo("LATE");
        assertThat(actionIn(summer, vision).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(client.get("/api/actions/" + vision, "almelo").get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void aProgrammeNarrowedToItsCityTakesItsReportsWithIt() {
        String shared = client.programme("almelo", "NETWORK");
        String action = client.action("almelo", shared, "{\"title\": \"Eerst gedeeld\", \"visibility\": \"NETWORK\"}");
        String report = ActionsClient.id(client.api().post("/api/programmes/" + shared + "/reports",
                "{\"period\": \"2010-Q2\"}", ALMELO));
        String antwerpen = TestTokens.officer("antwerpen");
        assertThat(client.api().get("/api/reports/" + report, antwerpen).statusCode()).isEqualTo(200);

        String actionTag = client.api().get("/api/actions/" + action, ALMELO).headers().firstValue("ETag").orElseThrow();
        assertThat(client.put("/api/actions/" + action, "{\"title\": \"Eerst gedeeld\", \"visibility\": \"PRIVATE\"}",
                ALMELO, actionTag).statusCode()).isEqualTo(200);
        HttpResponse<String> read = client.api().get("/api/programmes/" + shared, ALMELO);
        String narrowed = read.body().replace("\"visibility\":\"NETWORK\"", "\"visibility\":\"PRIVATE\"");
        assertThat(client.put("/api/programmes/" + shared, narrowed, ALMELO, read.headers().firstValue("ETag")
                .orElseThrow()).statusCode()).isEqualTo(200);

        for (String path : List.of("/api/reports/" + report, "/api/reports/" + report + "/csv",
                "/api/reports/" + report + "/pdf")) {
            assertThat(client.api().get(path, antwerpen).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(client.api().get("/api/reports/" + report, ALMELO).statusCode()).isEqualTo(200);
    }

    @Test
    void anActionThatRanWhollyOutsideThePeriodIsNotInItsReport() {
        String later = client.action("almelo", programme, """
                {"title": "Pas in 2011", "period": {"start": "2011-01-01", "end": "2011-12-31"}}""");

        JsonNode spring = client.get("/api/reports/" + draft("2010-Q2"), "almelo");

        assertThat(spring.toString()).contains(vision).doesNotContain(later);
    }

    @Test
    void commentaryNeedsItsFieldSoATypoNeverErasesIt() {
        String report = draft("2010-Q2");
        client.put("/api/reports/" + report + "/commentary/" + vision, "{\"text\": \"Blijft\"}", ALMELO, null);

        HttpResponse<String> typo = client.put("/api/reports/" + report + "/commentary/" + vision,
                "{\"comment\": \"x\"}", ALMELO, null);

        assertThat(typo.statusCode()).as(typo.body()).isEqualTo(400);
        assertThat(actionIn(client.get("/api/reports/" + report, "almelo"), vision).get("commentary").asString())
                .isEqualTo("Blijft");
        assertThat(client.api().post("/api/programmes/" + programme + "/reports", "{\"period\": \"2009\"}", ALMELO)
                .body()).as("before the programme ran").contains("period");
    }

    @Test
    void twoPeriodsCompareSideBySide() {
        String spring = draft("2010-Q2");
        client.put("/api/actions/" + vision + "/milestones/" + milestone,
                "{\"state\": \"COMPLETED\", \"completedOn\": \"2010-07-01\"}", ALMELO, null);
        String summer = draft("2010-Q3");

        JsonNode comparison = client.get("/api/reports/" + summer + "/compare?with=" + spring, "almelo");

        assertThat(comparison.get("earlier").asString()).isEqualTo("2010-Q2");
        assertThat(comparison.get("later").asString()).isEqualTo("2010-Q3");
        JsonNode row = null;
        for (JsonNode candidate : comparison.get("actions")) {
            if (candidate.get("actionId").asString().equals(vision)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("statusEarlier").asString()).isEqualTo("LATE");
        assertThat(row.get("statusLater").asString()).isEqualTo("COMPLETED");
        assertThat(row.get("completionLater").asDouble()).isEqualTo(1.0);
        assertThat(comparison.get("completionLater").asDouble()).isGreaterThan(comparison.get("completionEarlier").asDouble());
        JsonNode summerReport = client.get("/api/reports/" + summer, "almelo");
        assertThat(actionIn(summerReport, vision).get("milestonesReached").get(0).asString())
                .isEqualTo("Praatstuk besproken");
    }

    @Test
    void oneReportPerPeriodOfAPeriodThatHasBegunAndOnlyForTheCityThatOwnsIt() {
        String report = draft("2011");
        assertThat(client.api().post("/api/programmes/" + programme + "/reports", "{\"period\": \"2011\"}", ALMELO)
                .statusCode()).isEqualTo(409);
        assertThat(client.api().post("/api/programmes/" + programme + "/reports", "{\"period\": \"2999-Q1\"}", ALMELO)
                .statusCode()).isEqualTo(400);
        HttpResponse<String> wrong = client.api().post("/api/programmes/" + programme + "/reports",
                "{\"period\": \"2011-Q5\"}", ALMELO);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("period");
        assertThat(client.api().get("/api/reports/" + report, TestTokens.officer("antwerpen")).statusCode())
                .as("a private programme's report").isEqualTo(404);
        assertThat(client.get("/api/programmes/" + programme + "/reports", "almelo").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theCsvHasARowPerActionWithBudgetsAndNeverAFormula() {
        String report = draft("2010-Q2");

        HttpResponse<String> csv = client.api().get("/api/reports/" + report + "/csv", ALMELO);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("\uFEFFperiod,state,goal,actionId,action,status");
        assertThat(csv.body()).contains("2010-Q2,DRAFT,1," + vision + ",Gedeelde visie,LATE,0.0,30000,12500,0.8,0.5")
                .contains(",'=1+2 Netwerklunch,").doesNotContain(",=1+2");
    }

    @Test
    void thePdfReadsAsTheReportAndRendersToAPage() throws IOException {
        String report = draft("2010-Q2");
        client.put("/api/reports/" + report + "/commentary/" + vision, "{\"text\": \"Vertraagd door de verkiezingen\"}",
                ALMELO, null);

        HttpResponse<byte[]> pdf = client.api().getBytes("/api/reports/" + report + "/pdf?lang=en", ALMELO);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Progress report 2010-Q2", "Gedeelde visie", "Status: late",
                    "Budget EUR 12,500 spent of 30,000 planned", "Milestones missed: Praatstuk besproken",
                    "Vertraagd door de verkiezingen", "DRAFT");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
            Path png = Path.of("target", "report-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
            assertThat(page.getWidth()).isGreaterThan(400);
        }
    }

    @Test
    void thePdfSpeaksTheLanguageAskedForElseTheOneTheBrowserAccepts() throws IOException {
        String report = draft("2010-Q2");

        HttpResponse<byte[]> german = client.api().getBytes("/api/reports/" + report + "/pdf?lang=de", ALMELO);
        HttpResponse<byte[]> dutch = send(client.api().request("/api/reports/" + report + "/pdf", ALMELO)
                .header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5").GET());

        try (PDDocument document = Loader.loadPDF(german.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Fortschrittsbericht 2010-Q2",
                    "Status: verspätet", "Budget EUR 12.500 ausgegeben von 30.000 geplant", "ENTWURF")
                    .doesNotContain("Progress report", "DRAFT", "Milestones");
        }
        try (PDDocument document = Loader.loadPDF(dutch.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Voortgangsrapportage 2010-Q2",
                    "Status: achter op schema", "Gemiste mijlpalen: Praatstuk besproken", "CONCEPT")
                    .doesNotContain("Progress report", "DRAFT", "Milestones", "(NL)");
        }
        assertThat(client.api().getBytes("/api/reports/" + report + "/pdf?lang=xx", ALMELO).statusCode()).isEqualTo(400);
    }

    private static HttpResponse<byte[]> send(java.net.http.HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String draft(String period) {
        HttpResponse<String> created = client.api().post("/api/programmes/" + programme + "/reports",
                "{\"period\": \"" + period + "\"}", ALMELO);
        return ActionsClient.id(created);
    }

    private static JsonNode actionIn(JsonNode report, String actionId) {
        for (JsonNode action : report.get("actions")) {
            if (action.get("actionId").asString().equals(actionId)) {
                return action;
            }
        }
        throw new AssertionError("action " + actionId + " not in " + report);
    }
}
