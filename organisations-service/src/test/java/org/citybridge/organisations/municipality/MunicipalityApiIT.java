package org.citybridge.organisations.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citybridge.organisations.organisation.OrganisationsApi;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StackTest
class MunicipalityApiIT {

    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String slug() {
        return "gent-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String slug) {
        return "{\"id\":\"" + slug + "\",\"name\":\"Gent\",\"country\":\"be\",\"languages\":[\"nl\"],"
                + "\"population\":260000,\"facts\":[{\"label\":\"Inwoners\",\"value\":\"260.000\",\"source\":\"test\"}]}";
    }

    @Test
    void theAdminAddsAMunicipalityWhoseOfficersAreAcceptedWithoutARestart() {
        String slug = slug();
        String newOfficer = TestTokens.officer(slug);
        assertThat(api().get("/api/organisations", newOfficer).statusCode()).isEqualTo(403);

        HttpResponse<String> created = api().post("/api/municipalities", body(slug), TestTokens.admin());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/municipalities/" + slug);
        assertThat(ApiClient.json(created).get("country").asString()).isEqualTo("BE");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/organisations", newOfficer).statusCode() == 200);
    }

    @Test
    void emitsMunicipalityJoinedOnceShapedLikeTheDocumentedExample() {
        String slug = slug();
        assertThat(api().post("/api/municipalities", body(slug), TestTokens.admin()).statusCode()).isEqualTo(201);

        List<ConsumerRecord<String, String>> records = TopicProbe.awaitRecords(OrganisationsApi.TOPIC,
                record -> slug.equals(record.key()));

        assertThat(records).hasSize(1);
        EventExamples.assertSameShape("municipality.joined.v1", records.get(0).value());
        assertThat(EventJson.read(records.get(0).value()).municipality()).isEqualTo(slug);
    }

    @Test
    void onlyTheAdminAddsAndOnlyOnce() {
        String slug = slug();
        assertThat(api().post("/api/municipalities", body(slug), TestTokens.officer("almelo")).statusCode())
                .isEqualTo(403);
        assertThat(api().post("/api/municipalities", body(slug), TestTokens.admin()).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/municipalities", body(slug), TestTokens.admin()).statusCode()).isEqualTo(409);
    }

    @Test
    void invalidInputGets400WithFieldErrors() {
        HttpResponse<String> response = api().post("/api/municipalities",
                "{\"id\":\"Not A Slug\",\"name\":\"\",\"country\":\"Belgium\",\"population\":-5}", TestTokens.admin());

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = ApiClient.json(response).get("errors").valueStream()
                .map(error -> error.get("field").asString()).toList();
        assertThat(fields).contains("id", "name", "country", "population");
    }

    /** A null in a list, a country that does not exist or a joining date to come is the client's mistake, never a 500. */
    @Test
    void nullsInListsUnknownCountriesAndFutureDatesGet400() {
        HttpResponse<String> response = api().post("/api/municipalities", "{\"id\":\"" + slug() + "\",\"name\":\"Brugge\","
                + "\"country\":\"XX\",\"languages\":[null],\"facts\":[null],\"joinedOn\":\"2099-01-01\"}",
                TestTokens.admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains("country", "languages[0]", "facts[0]", "joinedOn");
    }

    @Test
    void everyLoggedInUserListsTheMembersButNotAnonymously() {
        String slug = slug();
        assertThat(api().post("/api/municipalities", body(slug), TestTokens.admin()).statusCode()).isEqualTo(201);

        HttpResponse<String> page = api().get("/api/municipalities?size=100", TestTokens.organiser("muenster"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(page).get("items").valueStream().map(item -> item.get("id").asString()))
                .contains(slug);
        assertThat(api().get("/api/municipalities/" + slug, TestTokens.officer("almelo")).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/municipalities/nowhere", TestTokens.officer("almelo")).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/municipalities", null).statusCode()).isEqualTo(401);
    }
}
