package org.citybridge.actions.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.node.ObjectNode;

@StackTest
class ProgrammeApiIT {

    static final String PERIOD = "\"period\":{\"start\":\"2010-01-01\",\"end\":\"2011-12-31\"}";

    @LocalServerPort
    int port;

    @Autowired
    EventInbox inbox;

    @Test
    void anOfficerStartsAProgrammeInTheCityOfItsTokenWhateverTheBodySays() {
        HttpResponse<String> created = api().post("/api/programmes",
                "{\"title\":\"KleurRijk Almelo\",\"visibility\":\"NETWORK\",\"municipality\":\"antwerpen\","
                        + PERIOD + "}",
                TestTokens.officer("almelo"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/api/programmes/"));
        assertThat(ApiClient.json(created).get("municipality").asString()).isEqualTo("almelo");
    }

    @Test
    void listsOwnAndSharedProgrammesButNotAnotherCitysPrivateOnes() {
        String tag = UUID.randomUUID().toString();
        String own = start("almelo", "own " + tag, "PRIVATE");
        String shared = start("antwerpen", "shared " + tag, "NETWORK");
        String foreign = start("antwerpen", "foreign " + tag, "PRIVATE");

        HttpResponse<String> list = api().get("/api/programmes?size=100", TestTokens.officer("almelo"));

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(own, shared).doesNotContain(foreign).contains("\"total\"");
        assertThat(api().get("/api/programmes/" + foreign, TestTokens.officer("almelo")).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/programmes/" + shared, TestTokens.officer("almelo")).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyOfficersStartProgrammesAndATokenIsNeeded() {
        assertThat(api().post("/api/programmes", "{\"title\":\"x\"," + PERIOD + "}", TestTokens.organiser("almelo")).statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/programmes", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aMissingGoalInTheListIsTheClientsMistake() {
        HttpResponse<String> response = api().post("/api/programmes", "{\"title\":\"x\"," + PERIOD
                + ",\"goals\":[null]}", TestTokens.officer("almelo"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("goals");
    }

    @Test
    void goalsMayServeTheObjectivesOfTheCitysAdoptedVision() {
        String vision = adoptedVision("almelo");
        String foreign = adoptedVision("antwerpen");
        String programme = """
                {"title": "Uitvoering visie", %s, "visionId": "%s",
                 "goals": [{"number": 1, "title": "Ontmoeting", "visionObjective": "%s"}]}""";

        HttpResponse<String> tied = api().post("/api/programmes",
                programme.formatted(PERIOD, vision, "wederzijds-begrip-en-respect"), TestTokens.officer("almelo"));

        assertThat(tied.statusCode()).as(tied.body()).isEqualTo(201);
        assertThat(ApiClient.json(tied).get("goals").get(0).get("visionObjective").asString())
                .isEqualTo("wederzijds-begrip-en-respect");
        assertThat(ApiClient.json(tied).get("visionId").asString()).isEqualTo(vision);
        HttpResponse<String> unknownObjective = api().post("/api/programmes",
                programme.formatted(PERIOD, vision, "iets-anders"), TestTokens.officer("almelo"));
        assertThat(unknownObjective.statusCode()).isEqualTo(400);
        assertThat(unknownObjective.body()).contains("goals[0].visionObjective");
        assertThat(api().post("/api/programmes", programme.formatted(PERIOD, foreign, "wederzijds-begrip-en-respect"),
                TestTokens.officer("almelo")).body()).as("another city's vision").contains("visionId");
    }

    /** organisations-service's documented vision.adopted.v1, for a new vision of the city, as it would send it. */
    private String adoptedVision(String city) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(EventExamples.read("vision.adopted.v1"));
        String visionId = "vision-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        event.put("id", eventId);
        event.put("aggregateId", visionId);
        event.put("municipality", city);
        ((ObjectNode) event.get("payload")).put("visionId", visionId);
        ((ObjectNode) event.get("payload")).put("municipality", city);
        TopicProbe.send("citybridge.organisations", visionId, event.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.hasProcessed("actions-service.organisations", eventId));
        return visionId;
    }

    private String start(String city, String title, String visibility) {
        HttpResponse<String> created = api().post("/api/programmes",
                "{\"title\":\"" + title + "\",\"visibility\":\"" + visibility + "\"," + PERIOD + "}", TestTokens.officer(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
