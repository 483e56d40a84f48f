package org.citybridge.actions.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StackTest
class ProgrammeApiIT {

    static final String PERIOD = "\"period\":{\"start\":\"2010-01-01\",\"end\":\"2011-12-31\"}";

    @LocalServerPort
    int port;

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
