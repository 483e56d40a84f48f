package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@StackTest
class OrganisationApiIT {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    TenantStore<Organisation> organisations() {
        return stores.tenantOwned(Organisation.class);
    }

    @Test
    void registersAnOrganisationInTheCallersCityWhateverTheBodySays() {
        String name = "ATIB Almelo " + UUID.randomUUID();
        HttpResponse<String> response = post("{\"name\":\"" + name + "\",\"kind\":\"SELF_ORGANISATION\","
                + "\"municipality\":\"antwerpen\",\"communities\":[\"Turkish community\"]}", ALMELO);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json(response);
        String id = body.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/organisations/" + id);
        assertThat(body.get("municipality").asString()).isEqualTo("almelo");
        assertThat(body.get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(organisations().findForSystem(id)).hasValueSatisfying(
                stored -> assertThat(stored.municipality()).isEqualTo("almelo"));
    }

    @Test
    void anotherCitysOfficerGets404AndDoesNotSeeItInTheList() {
        String id = register("Private to Almelo " + UUID.randomUUID(), "PRIVATE");

        assertThat(get("/api/organisations/" + id, ALMELO).statusCode()).isEqualTo(200);
        assertThat(ids(get("/api/organisations?size=100", ALMELO))).contains(id);

        HttpResponse<String> foreign = get("/api/organisations/" + id, ANTWERPEN);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Private to Almelo");
        assertThat(ids(get("/api/organisations?size=100", ANTWERPEN))).doesNotContain(id);
    }

    @Test
    void networkOrganisationsAreSeenByOtherCitiesButNotAnonymously() {
        String id = register("Shared with the network " + UUID.randomUUID(), "NETWORK");

        assertThat(get("/api/organisations/" + id, ANTWERPEN).statusCode()).isEqualTo(200);
        assertThat(ids(get("/api/organisations?size=100", ANTWERPEN))).contains(id);
        assertThat(get("/api/organisations/" + id, null).statusCode()).isEqualTo(401);
    }

    @Test
    void listsArePages() {
        register("Paged one " + UUID.randomUUID(), "PRIVATE");
        register("Paged two " + UUID.randomUUID(), "PRIVATE");

        JsonNode page = json(get("/api/organisations?page=0&size=1", ALMELO));

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(get("/api/organisations?size=1000", ALMELO).statusCode()).isEqualTo(400);
        assertThat(get("/api/organisations?page=-1", ALMELO).statusCode()).isEqualTo(400);
    }

    @Test
    void invalidInputGets400WithFieldErrors() {
        HttpResponse<String> response = post("{\"name\":\"  \",\"website\":\"not a url\"}", ALMELO);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> fields = json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("name", "kind", "website");

        HttpResponse<String> badKind = post("{\"name\":\"x\",\"kind\":\"PUB\"}", ALMELO);
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind").contains("SELF_ORGANISATION");
    }

    @Test
    void anAdminWithoutCityCannotRegisterForACity() {
        assertThat(post("{\"name\":\"x\",\"kind\":\"SCHOOL\"}", TestTokens.admin()).statusCode()).isEqualTo(403);
    }

    /** Registering is an officer's work: an organiser, or a user of the city with no role, gets 403 and registers nothing. */
    @Test
    void onlyAnOfficerRegistersAnOrganisation() {
        String name = "Not an officer's " + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"visibility\":\"NETWORK\"}";

        HttpResponse<String> byOrganiser = post(body, TestTokens.organiser("almelo"));
        HttpResponse<String> byNoRole = post(body, TestTokens.member("almelo"));

        assertThat(byOrganiser.statusCode()).as(byOrganiser.body()).isEqualTo(403);
        assertThat(byOrganiser.body()).contains("OFFICER");
        assertThat(byNoRole.statusCode()).isEqualTo(403);
        assertThat(ApiClient.onPort(port).get("/api/organisations?q=" + name.replace(" ", "%20"), ALMELO).body())
                .doesNotContain(name);
    }

    @Test
    void emitsOrganisationRegisteredOnceShapedLikeTheDocumentedExample() {
        String id = register("Evented " + UUID.randomUUID(), "NETWORK");

        List<ConsumerRecord<String, String>> records = TopicProbe.awaitRecords(OrganisationsApi.TOPIC,
                record -> id.equals(record.key()));

        assertThat(records).hasSize(1);
        EventExamples.assertSameShape("organisation.registered.v1", records.get(0).value());
        EventEnvelope envelope = EventJson.read(records.get(0).value());
        assertThat(envelope.type()).isEqualTo("organisation.registered.v1");
        assertThat(envelope.municipality()).isEqualTo("almelo");
        assertThat(envelope.payload().get("name").asString()).startsWith("Evented ");
    }

    private String register(String name, String visibility) {
        HttpResponse<String> response = post("{\"name\":\"" + name + "\",\"kind\":\"CIVIL_SOCIETY\",\"visibility\":\""
                + visibility + "\"}", ALMELO);
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    HttpResponse<String> post(String body, String authorization) {
        return ApiClient.onPort(port).post("/api/organisations", body, authorization);
    }

    HttpResponse<String> get(String path, String authorization) {
        return ApiClient.onPort(port).get(path, authorization);
    }
}
