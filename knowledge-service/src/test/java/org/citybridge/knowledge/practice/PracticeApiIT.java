package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StackTest
class PracticeApiIT {

    @LocalServerPort
    int port;

    @Test
    void anOfficerWritesAPracticeInTheCityOfItsTokenWhateverTheBodySays() {
        HttpResponse<String> created = api().post("/api/practices",
                "{\"title\":\"Weekendschool\",\"visibility\":\"NETWORK\",\"municipality\":\"antwerpen\"}",
                TestTokens.officer("almelo"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/api/practices/"));
        assertThat(ApiClient.json(created).get("municipality").asString()).isEqualTo("almelo");
    }

    @Test
    void listsOwnAndSharedPracticesButNotAnotherCitysPrivateOnes() {
        String tag = UUID.randomUUID().toString();
        String own = write("almelo", "own " + tag, "PRIVATE");
        String shared = write("antwerpen", "shared " + tag, "NETWORK");
        String foreign = write("antwerpen", "foreign " + tag, "PRIVATE");

        HttpResponse<String> list = api().get("/api/practices?size=100", TestTokens.officer("almelo"));

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(own, shared).doesNotContain(foreign).contains("\"total\"");
        assertThat(api().get("/api/practices/" + foreign, TestTokens.officer("almelo")).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/practices/" + shared, TestTokens.officer("almelo")).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyOfficersWritePracticesAndATokenIsNeeded() {
        assertThat(api().post("/api/practices", "{\"title\":\"x\"}", TestTokens.organiser("almelo")).statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/practices", null).statusCode()).isEqualTo(401);
    }

    private String write(String city, String title, String visibility) {
        HttpResponse<String> created = api().post("/api/practices",
                "{\"title\":\"" + title + "\",\"visibility\":\"" + visibility + "\"}", TestTokens.officer(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
