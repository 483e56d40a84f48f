package org.citybridge.knowledge.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Handbooks through the API: editions frozen once published, their exports, who may read and edit them. */
@StackTest
class HandbookApiIT {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    KnowledgeClient client;

    @BeforeEach
    void client() {
        client = new KnowledgeClient(port);
    }

    @Test
    void aPublishedEditionKeepsItsTextsRefusesChangesAndEditsGoToTheNextDraft() throws IOException {
        String practice = practice("Gastgezinnen voor nieuwkomers", "Nieuwkomers krijgen een gastgezin.", true);
        String study = study("Interne analyse", "NETWORK");
        String handbook = handbook("NETWORK");
        edit(handbook, 1, practice, study);

        JsonNode published = KnowledgeClient.ok(client.post(edition(handbook, 1) + "/publish", "", ALMELO));
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("frozenChapters").valueStream().map(chapter -> chapter.get("title").asString()).toList())
                .containsExactly("Gastgezinnen voor nieuwkomers", "Interne analyse");

        rewrite(practice, "Herschreven titel", "Nieuwe samenvatting");
        KnowledgeClient.ok(client.put("/api/studies/" + study, studyJson("Herziene analyse", "NETWORK"), ALMELO));
        String markdown = client.get(edition(handbook, 1) + ".md", ANTWERPEN).body();
        assertThat(markdown).contains("Gastgezinnen voor nieuwkomers", "Nieuwkomers krijgen een gastgezin.",
                "Interne analyse").doesNotContain("Herschreven titel", "Herziene analyse");

        assertThat(client.put(edition(handbook, 1), editionJson(practice, study), ALMELO).statusCode()).isEqualTo(409);
        assertThat(client.delete(edition(handbook, 1), ALMELO).statusCode()).isEqualTo(409);
        assertThat(client.post(edition(handbook, 1) + "/publish", "", ALMELO).statusCode()).isEqualTo(409);

        JsonNode next = KnowledgeClient.created(client.post("/api/handbooks/" + handbook + "/editions", "", ALMELO));
        assertThat(next.get("number").asInt()).isEqualTo(2);
        assertThat(next.get("chapters")).as("the next draft starts from the published plan").hasSize(2);
        assertThat(client.post("/api/handbooks/" + handbook + "/editions", "", ALMELO).statusCode())
                .as("one draft at a time").isEqualTo(409);
        assertThat(client.get(edition(handbook, 2) + ".md", ALMELO).body()).contains("Herschreven titel",
                "Herziene analyse");
        assertThat(client.delete(edition(handbook, 2), ALMELO).statusCode()).isEqualTo(204);

        EventEnvelope event = KnowledgeClient.onlyEvent(handbook, "handbook.edition-published.v1");
        assertThat(event.payload().get("edition").asInt()).isOne();
        assertThat(event.payload().get("chapters").get(1).get("refId").asString()).isEqualTo(study);
    }

    @Test
    void theExportsCarryTheContentsTheChaptersInOrderAndEscapeWhatTheyQuote() throws IOException {
        String practice = practice("Huiskamergesprekken <script>alert(1)</script>",
                "Sociale adviseurs organiseren huiskamergesprekken.\n\nIn 2012: 360 gesprekken.", true);
        String study = study("Externe analyse van het proces van mentaliteitsverandering", "NETWORK");
        String handbook = handbook("NETWORK");
        edit(handbook, 1, practice, study);
        KnowledgeClient.ok(client.post(edition(handbook, 1) + "/publish", "", ALMELO));

        HttpResponse<String> markdown = client.get(edition(handbook, 1) + ".md", ALMELO);
        assertThat(markdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(markdown.body()).as("a handbook of Dutch chapters is Dutch unless the reader asks otherwise")
                .contains("# Handboek KleurRijk Almelo", "## Inhoud",
                "1. [Huiskamergesprekken &lt;script&gt;", "](#chapter-1)", "## 2. Externe analyse",
                "> Waarom dit hoofdstuk", "- Draagvlak groeit met dialoog", "Editie 1, gepubliceerd op")
                .doesNotContain("<script>");
        assertThat(markdown.body().indexOf("## 1. Huiskamer")).isLessThan(markdown.body().indexOf("## 2. Externe"));

        HttpResponse<String> html = client.get(edition(handbook, 1) + ".html", ALMELO);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<style>", "<nav aria-label=\"Inhoud\">",
                "href=\"#chapter-2\"", "&lt;script&gt;alert(1)&lt;/script&gt;", "<p>In 2012: 360 gesprekken.</p>")
                .doesNotContain("<script>", "<link", "src=\"http");
        assertThat(client.get(edition(handbook, 1) + "?format=html", ALMELO).body()).isEqualTo(html.body());

        HttpResponse<byte[]> pdf = client.api().getBytes(edition(handbook, 1) + ".pdf", ALMELO);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        byte[] bytes = pdf.body();
        String contents = PdfPages.text(bytes, 2);
        assertThat(contents).contains("Inhoud", "1. Huiskamergesprekken", "2. Externe analyse");
        int chapterTwoPage = PdfPages.pages(bytes);
        assertThat(contents).as("the contents give the page chapter 2 starts on").containsPattern(
                "Externe analyse van het proces van mentaliteitsverandering[ .]*" + chapterTwoPage);
        assertThat(PdfPages.text(bytes, chapterTwoPage)).contains("Hoofdstuk 2", "Draagvlak groeit met dialoog",
                "University of Twente");
        assertThat(PdfPages.text(bytes)).contains("Münster", "<script>alert(1)</script>");
        // For a person to look at (pdftoppm -png -r 80 target/handbook-pages/handbook.pdf ...).
        Path pages = Path.of("target", "handbook-pages");
        java.nio.file.Files.createDirectories(pages);
        java.nio.file.Files.write(pages.resolve("handbook.pdf"), bytes);
        assertThat(PdfPages.png(bytes, 4, pages.resolve("chapter-1.png")).getWidth())
                .as("A4 at 80 dpi").isBetween(660, 663);
        assertThat(client.api().getBytes(edition(handbook, 1) + "?format=pdf", ALMELO).body()).startsWith(
                "%PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(client.get(edition(handbook, 1) + ".md?lang=de", ALMELO).body()).contains("## Inhalt",
                "## 2. Externe analyse van het proces van mentaliteitsverandering (NL)", "Ausgabe 1, veröffentlicht am")
                .doesNotContain("## Inhoud", "## Contents");
        assertThat(client.get(edition(handbook, 1) + "?format=md&lang=en", ALMELO).body()).contains("## Contents");
        assertThat(client.api().send(client.api().request(edition(handbook, 1) + ".html", ALMELO)
                .header("Accept-Language", "en-GB,en;q=0.9")).body()).contains("<html lang=\"en\">",
                        "<nav aria-label=\"Contents\">");
        assertThat(client.get(edition(handbook, 1) + ".pdf?lang=fr", ALMELO).statusCode()).isEqualTo(400);
    }

    @Test
    void aPublishedEditionKeepsThePracticesTranslationsAndShowsThemToReadersOfThatLanguage() {
        String practice = KnowledgeClient.id(client.post("/api/practices", practiceJson("Gastgezinnen", "Een gastgezin.",
                "NETWORK", null).replace("\"language\": \"nl\",", """
                        "language": "nl", "translations": {"de": {"language": "de", "title": "Gastfamilien",
                         "summary": "Eine Gastfamilie."}},"""), ALMELO));
        KnowledgeClient.ok(client.post("/api/practices/" + practice + "/publish", "", ALMELO));
        String study = study("Interne analyse", "NETWORK");
        String handbook = handbook("NETWORK");
        edit(handbook, 1, practice, study);
        KnowledgeClient.ok(client.post(edition(handbook, 1) + "/publish", "", ALMELO));

        String german = client.get(edition(handbook, 1) + ".md?lang=de", ANTWERPEN).body();
        String dutch = client.get(edition(handbook, 1) + ".md", ANTWERPEN).body();

        assertThat(german).contains("## 1. Gastfamilien\n", "### Zusammenfassung\n\nEine Gastfamilie.",
                "### Ziel (NL)", "## 2. Interne analyse (NL)").doesNotContain("Gastgezinnen", "Een gastgezin.");
        assertThat(dutch).contains("## 1. Gastgezinnen\n", "Een gastgezin.").doesNotContain("Gastfamilien", "(NL)");
    }

    @Test
    void aSourceSharedLessWidelyThanTheHandbookIsRefusedAtPublishing() {
        String privateStudy = study("Alleen voor Almelo", "PRIVATE");
        String handbook = handbook("NETWORK");
        KnowledgeClient.ok(client.put(edition(handbook, 1), """
                {"chapters": [{"source": "STUDY", "refId": "%s"}]}
                """.formatted(privateStudy), ALMELO));
        assertThat(client.post(edition(handbook, 1) + "/publish", "", ALMELO).statusCode()).isEqualTo(409);
        assertThat(KnowledgeClient.ok(client.get(edition(handbook, 1), ALMELO)).get("state").asString())
                .isEqualTo("DRAFT");

        String privatePractice = practice("Alleen intern", "x", false);
        KnowledgeClient.ok(client.put(edition(handbook, 1),
                "{\"chapters\": [{\"source\": \"PRACTICE\", \"refId\": \"" + privatePractice + "\"}]}", ALMELO));
        assertThat(client.post(edition(handbook, 1) + "/publish", "", ALMELO).statusCode()).isEqualTo(409);

        String narrow = handbook("PRIVATE");
        KnowledgeClient.ok(client.put(edition(narrow, 1),
                "{\"chapters\": [{\"source\": \"STUDY\", \"refId\": \"" + privateStudy + "\"}]}", ALMELO));
        KnowledgeClient.ok(client.post(edition(narrow, 1) + "/publish", "", ALMELO));
        assertThat(client.put("/api/handbooks/" + narrow, "{\"title\": \"Breder\", \"visibility\": \"NETWORK\"}",
                ALMELO).statusCode()).as("widening would share the private study's frozen texts").isEqualTo(409);
        assertThat(client.get("/api/handbooks/" + narrow, ANTWERPEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aChapterFromAPracticeTheEditorsCityMayNotReadIsRefused() {
        String almelosOwn = practice("Alleen voor Almelo", "x", false);
        String antwerpsHandbook = KnowledgeClient.id(client.post("/api/handbooks",
                "{\"title\": \"Handboek Antwerpen\", \"visibility\": \"PRIVATE\"}", ANTWERPEN));
        HttpResponse<String> refused = client.put(edition(antwerpsHandbook, 1),
                "{\"chapters\": [{\"source\": \"PRACTICE\", \"refId\": \"" + almelosOwn + "\"}]}", ANTWERPEN);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("Alleen voor Almelo");
    }

    @Test
    void aPracticeSharedOnlyWithABridgeGroupStaysOutOfANetworkHandbook() {
        String group = KnowledgeClient.id(client.post("/api/bridge-groups", """
                {"name": "Bruggroep %s", "memberCities": ["almelo", "muenster"]}
                """.formatted(UUID.randomUUID()), TestTokens.admin()));
        String muenster = TestTokens.officer("muenster");
        String fromMuenster = KnowledgeClient.id(client.post("/api/practices",
                practiceJson("Integrationslotsen", "Nur für die Brückengruppe", "PRIVATE", group), muenster));
        KnowledgeClient.ok(client.post("/api/practices/" + fromMuenster + "/publish", "", muenster));
        String handbook = handbook("NETWORK");
        KnowledgeClient.ok(client.put(edition(handbook, 1),
                "{\"chapters\": [{\"source\": \"PRACTICE\", \"refId\": \"" + fromMuenster + "\"}]}", ALMELO));
        assertThat(client.post(edition(handbook, 1) + "/publish", "", ALMELO).statusCode())
                .as("Almelo reads it through the group, the network's other cities do not").isEqualTo(409);
        String groupBook = handbook("PRIVATE");
        KnowledgeClient.ok(client.put(edition(groupBook, 1),
                "{\"chapters\": [{\"source\": \"PRACTICE\", \"refId\": \"" + fromMuenster + "\"}]}", ALMELO));
        JsonNode published = KnowledgeClient.ok(client.post(edition(groupBook, 1) + "/publish", "", ALMELO));
        assertThat(published.get("frozenChapters").get(0).get("title").asString()).isEqualTo("Integrationslotsen");
    }

    @Test
    void anotherCityNeitherReadsAPrivateHandbookNorPutsItsPrivateThingsIntoOne() {
        String handbook = handbook("PRIVATE");
        assertThat(client.get("/api/handbooks/" + handbook, ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(client.get(edition(handbook, 1) + ".pdf", ANTWERPEN).statusCode()).isEqualTo(404);
        String theirs = KnowledgeClient.id(client.post("/api/studies", studyJson("Antwerps, privé", "PRIVATE"),
                ANTWERPEN));
        String hidden = practice("Privé praktijk", "x", false);
        assertThat(client.put(edition(handbook, 1), """
                {"chapters": [{"source": "STUDY", "refId": "%s"}]}
                """.formatted(theirs), ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.put(edition(handbook, 1), """
                {"chapters": [{"source": "PRACTICE", "refId": "%s"}]}
                """.formatted(hidden), ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(client.put(edition(handbook, 1), "{\"chapters\": [{\"source\": \"STUDY\", \"refId\": \"nope\"}]}",
                ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.get(edition(handbook, 7), ALMELO).statusCode()).isEqualTo(404);
        assertThat(client.post(edition(handbook, 1) + "/publish", "", ALMELO).statusCode())
                .as("nothing to publish").isEqualTo(409);
    }

    /** A practice of Almelo, written through the practices' API: shared = published for the network. */
    private String practice(String title, String summary, boolean shared) {
        String id = KnowledgeClient.id(client.post("/api/practices", practiceJson(title, summary,
                shared ? "NETWORK" : "PRIVATE", null), ALMELO));
        if (shared) {
            KnowledgeClient.ok(client.post("/api/practices/" + id + "/publish", "", ALMELO));
        }
        return id;
    }

    private void rewrite(String practice, String title, String summary) {
        HttpResponse<String> read = client.get("/api/practices/" + practice, ALMELO);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revised = client.api().send(client.api().request("/api/practices/" + practice, ALMELO)
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(practiceJson(title, summary, "NETWORK", null))));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    }

    private static String practiceJson(String title, String summary, String visibility, String group) {
        return """
                {"title": %s, "summary": %s, "purpose": "Nieuwkomers sneller thuis laten voelen.",
                 "approach": "Vrijwillige gezinnen uit de wijk, gekoppeld door de gemeente.",
                 "results": "Münster nam het over.", "language": "nl", "visibility": "%s", "sharedWithGroups": [%s]}
                """.formatted(quoted(title), quoted(summary), visibility, group == null ? "" : quoted(group));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private String study(String title, String visibility) {
        return KnowledgeClient.id(client.post("/api/studies", studyJson(title, visibility), ALMELO));
    }

    private static String studyJson(String title, String visibility) {
        return """
                {"title": "%s", "commissionedBy": "Gemeente Almelo, KleurRijk Almelo",
                 "conductedBy": "University of Twente", "forWhom": "Projectteam KleurRijk",
                 "periodStart": "2010-03-01", "periodEnd": "2011-06-30",
                 "summary": "Hoe verandert de mentaliteit binnen de gemeentelijke organisatie?",
                 "findings": ["Draagvlak groeit met dialoog", "Steun van bestuur is doorslaggevend"],
                 "language": "nl", "documentUrl": "https://example.org/analyse.pdf", "visibility": "%s"}
                """.formatted(title, visibility);
    }

    private String handbook(String visibility) {
        return KnowledgeClient.id(client.post("/api/handbooks", """
                {"title": "Handboek KleurRijk Almelo", "description": "Kennisoverdracht", "visibility": "%s"}
                """.formatted(visibility), ALMELO));
    }

    private void edit(String handbook, int number, String practice, String study) {
        KnowledgeClient.ok(client.put(edition(handbook, number), editionJson(practice, study), ALMELO));
    }

    private static String editionJson(String practice, String study) {
        return """
                {"introduction": "Dit handboek bundelt wat Almelo en Münster leerden.\\n\\nHet is een begin.",
                 "chapters": [
                   {"source": "PRACTICE", "refId": "%s", "introduction": "Waarom dit hoofdstuk: het werkte."},
                   {"source": "STUDY", "refId": "%s", "introduction": "De wetenschappelijke onderbouwing."}]}
                """.formatted(practice, study);
    }

    private static String edition(String handbook, int number) {
        return "/api/handbooks/" + handbook + "/editions/" + number;
    }
}
