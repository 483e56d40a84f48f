package org.citybridge.organisations.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The vision process through the API: prepared, opened, summed up, adopted for good, revised as a new version. */
@StackTest
class VisionApiIT {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String TOPIC = "citybridge.organisations";
    static final String VISION = """
            {"title": "Gedeelde visie %s", "visibility": "%s",
             "phases": [{"kind": "CONSULTATION", "start": "2010-02-01", "end": "2010-05-31"}],
             "paperTitle": "Hoe maken we Almelo kleurRijk?", "paperText": "Ingrediënten ...",
             "questions": [{"number": 1, "text": "Wat verwacht u van KleurRijk Almelo?"},
                           {"number": 2, "text": "Welke bijdrage kunnen wij van u verwachten?"}]}""";
    static final String ADOPTION = """
            {"objectives": [{"id": "wederzijds-begrip-en-respect", "title": "Wederzijds begrip en respect",
                             "points": ["Welkom zijn/ geheten worden", "Open dialoog"]},
                            {"id": "duurzame-inzet", "title": "Duurzame inzet", "points": []}],
             "successFactors": ["Budget en fte"], "adoptedOn": "2010-08-31"}""";

    @LocalServerPort
    int port;

    @Test
    void aVisionIsPreparedOpenedSummedUpAndAdoptedForGood() {
        String vision = prepare("almelo", "PUBLIC");
        assertThat(post("/api/visions/" + vision + "/open", "").statusCode()).isEqualTo(200);
        HttpResponse<String> synthesis = put("/api/visions/" + vision + "/syntheses/1",
                "{\"text\": \"Een open dialoog wordt verwacht.\"}", null);
        assertThat(synthesis.statusCode()).as(synthesis.body()).isEqualTo(200);

        HttpResponse<String> adopted = post("/api/visions/" + vision + "/adopt", ADOPTION);

        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        JsonNode body = ApiClient.json(adopted);
        assertThat(body.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(body.get("adopted").get("objectives").get(0).get("points")).hasSize(2);
        assertThat(body.get("syntheses").get("1").asString()).contains("open dialoog");
        String etag = adopted.headers().firstValue("ETag").orElseThrow();
        assertThat(put("/api/visions/" + vision, VISION.formatted("x", "PUBLIC"), etag).statusCode()).isEqualTo(409);
        assertThat(put("/api/visions/" + vision + "/syntheses/1", "{\"text\": \"x\"}", null).statusCode()).isEqualTo(409);
        assertThat(post("/api/visions/" + vision + "/adopt", ADOPTION).statusCode()).isEqualTo(409);

        HttpResponse<String> revision = post("/api/visions/" + vision + "/revisions", "");
        assertThat(revision.statusCode()).as(revision.body()).isEqualTo(201);
        assertThat(post("/api/visions/" + vision + "/revisions", "").statusCode()).as("one next edition")
                .isEqualTo(409);
        assertThat(ApiClient.json(revision).get("edition").asInt()).isEqualTo(2);
        assertThat(ApiClient.json(revision).get("revises").asString()).isEqualTo(vision);
        assertThat(ApiClient.json(revision).get("status").asString()).isEqualTo("PREPARING");
        assertThat(get("/api/visions/" + vision, ALMELO).body()).as("the adopted one stays as it was")
                .contains("\"status\":\"ADOPTED\"");

        List<ConsumerRecord<String, String>> events = TopicProbe.awaitRecords(TOPIC,
                record -> vision.equals(record.key()) && type(record).equals("vision.adopted.v1"));
        EventExamples.assertSameShape("vision.adopted.v1", events.get(0).value());
        String opened = TopicProbe.readAll(TOPIC).stream()
                .filter(record -> vision.equals(record.key()) && type(record).equals("vision.consultation-opened.v1"))
                .findFirst().orElseThrow().value();
        EventExamples.assertSameShape("vision.consultation-opened.v1", opened);
    }

    @Test
    void anotherCityNeverSeesAPrivateVisionAndChangesNoSharedOne() {
        String own = prepare("almelo", "PRIVATE");
        String shared = prepare("almelo", "NETWORK");
        String antwerpen = TestTokens.officer("antwerpen");

        assertThat(get("/api/visions/" + own, antwerpen).statusCode()).isEqualTo(404);
        assertThat(get("/api/visions/" + shared, antwerpen).statusCode()).isEqualTo(200);
        assertThat(get("/api/visions?size=100", antwerpen).body()).contains(shared).doesNotContain(own);
        assertThat(ApiClient.onPort(port).post("/api/visions/" + shared + "/open", "", antwerpen).statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.onPort(port).post("/api/visions", VISION.formatted("x", "PRIVATE"),
                TestTokens.organiser("almelo")).statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertProblem(ApiClient.onPort(port).post("/api/visions", """
                {"title": "x", "questions": [{"number": 1, "text": "a"}, {"number": 1, "text": "b"}]}""", ALMELO),
                "questions");
        assertProblem(ApiClient.onPort(port).post("/api/visions", "{\"title\": \"x\", \"questions\": [null]}", ALMELO),
                "questions");
        String vision = prepare("almelo", "PRIVATE");
        assertProblem(post("/api/visions/" + vision + "/adopt", "{\"objectives\": [], \"adoptedOn\": \"2010-08-31\"}"),
                "objectives");
        assertProblem(post("/api/visions/" + vision + "/adopt", ADOPTION.replace("2010-08-31", "2999-01-01")),
                "adoptedOn");
        assertProblem(put("/api/visions/" + vision + "/syntheses/7", "{\"text\": \"x\"}", null), "question");
    }

    @Test
    void aPactEndorsesTheCitysAdoptedVisionOnly() {
        String adopted = prepare("almelo", "PUBLIC");
        post("/api/visions/" + adopted + "/open", "");
        post("/api/visions/" + adopted + "/adopt", ADOPTION);
        String draft = prepare("almelo", "PUBLIC");
        assertThat(post("/api/visions/" + draft + "/adopt", ADOPTION).statusCode()).as("never consulted").isEqualTo(409);
        String foreign = prepare("antwerpen", "NETWORK");
        String pact = """
                {"title": "Pact %s", "visionTitle": "Thuis en Actief in KleurRijk Almelo",
                 "period": {"fromYear": 2011, "toYear": 2014},
                 "linesOfWork": [{"number": 1, "title": "Gemengde participatie"}], "visionId": "%s"}""";

        HttpResponse<String> endorsing = ApiClient.onPort(port).post("/api/pacts", pact.formatted(UUID.randomUUID(),
                adopted), ALMELO);

        assertThat(endorsing.statusCode()).as(endorsing.body()).isEqualTo(201);
        assertThat(ApiClient.json(endorsing).get("visionId").asString()).isEqualTo(adopted);
        assertProblem(ApiClient.onPort(port).post("/api/pacts", pact.formatted(UUID.randomUUID(), draft), ALMELO),
                "visionId");
        assertProblem(ApiClient.onPort(port).post("/api/pacts", pact.formatted(UUID.randomUUID(), foreign), ALMELO),
                "visionId");
        String id = ApiClient.json(endorsing).get("id").asString();
        assertThat(ApiClient.onPort(port).post("/api/pacts/" + id + "/publish", "", ALMELO).statusCode()).isEqualTo(200);
        String published = TopicProbe.awaitRecords(TOPIC, record -> id.equals(record.key())
                && type(record).equals("pact.published.v1")).get(0).value();
        assertThat(EventJson.read(published).payload().get("visionId").asString()).isEqualTo(adopted);
    }

    private String prepare(String city, String visibility) {
        HttpResponse<String> created = ApiClient.onPort(port).post("/api/visions",
                VISION.formatted(UUID.randomUUID(), visibility), TestTokens.officer(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ApiClient.json(created).get("municipality").asString()).isEqualTo(city);
        return ApiClient.json(created).get("id").asString();
    }

    private HttpResponse<String> post(String path, String json) {
        return ApiClient.onPort(port).post(path, json, ALMELO);
    }

    private HttpResponse<String> get(String path, String token) {
        return ApiClient.onPort(port).get(path, token);
    }

    private HttpResponse<String> put(String path, String json, String ifMatch) {
        ApiClient api = ApiClient.onPort(port);
        HttpRequest.Builder request = api.request(path, ALMELO).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value()).type();
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }
}
