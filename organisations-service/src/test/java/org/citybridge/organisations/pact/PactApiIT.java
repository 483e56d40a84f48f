package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.pact.PactClient.ALMELO;
import static org.citybridge.organisations.pact.PactClient.ALMELO_ORGANISER;
import static org.citybridge.organisations.pact.PactClient.ANTWERPEN;
import static org.citybridge.organisations.pact.PactClient.errorFields;
import static org.citybridge.organisations.pact.PactClient.ids;
import static org.citybridge.organisations.pact.PactClient.json;
import static org.citybridge.organisations.pact.PactClient.pactJson;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Writing, publishing, reading and listing pacts, and who may do which. */
@StackTest
class PactApiIT {

    @LocalServerPort
    int port;

    PactClient client;

    @BeforeEach
    void client() {
        client = new PactClient(port);
    }

    @Test
    void anOfficerWritesADraftInTheirCityEditsItAndPublishesIt() {
        String title = "Integratiepact KleurRijk Almelo " + UUID.randomUUID();
        HttpResponse<String> created = client.post("/api/pacts",
                pactJson(title).replace("{\"title\"", "{\"municipality\": \"antwerpen\", \"title\""), ALMELO);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode pact = json(created);
        String id = pact.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/pacts/" + id);
        assertThat(pact.get("municipality").asString()).isEqualTo("almelo");
        assertThat(pact.get("status").asString()).isEqualTo("DRAFT");
        assertThat(pact.get("period").get("fromYear").asInt()).isEqualTo(2011);
        assertThat(pact.get("linesOfWork").valueStream().map(line -> line.get("number").asInt() + " "
                + line.get("title").asString()).toList()).containsExactly("1 Gemengde participatie",
                "2 Interculturalisatie van voorzieningen", "3 Afspiegeling in scholen, bedrijven en organisaties",
                "4 Samenwerking en kennisuitwisseling");

        HttpResponse<String> edited = client.put("/api/pacts/" + id, pactJson(title + " (herzien)"), ALMELO);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("title").asString()).endsWith("(herzien)");

        HttpResponse<String> published = client.post("/api/pacts/" + id + "/publish", "", ALMELO);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(json(published).get("publishedAt").isNull()).isFalse();
        assertThat(json(client.get("/api/pacts/" + id, ALMELO)).get("title").asString()).endsWith("(herzien)");
    }

    @Test
    void aPublishedPactCanNeitherBeEditedNorPublishedAgain() {
        String id = client.published();

        assertThat(client.put("/api/pacts/" + id, pactJson("Changed"), ALMELO).statusCode()).isEqualTo(409);
        HttpResponse<String> again = client.post("/api/pacts/" + id + "/publish", "", ALMELO);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anotherCitysOfficerGets404OnEveryRouteOfADraftAndNeverSeesItInTheList() {
        String draft = client.draft();
        String organisation = client.organisation(ALMELO, "ATIB " + UUID.randomUUID());

        List<HttpResponse<String>> answers = List.of(
                client.get("/api/pacts/" + draft, ANTWERPEN),
                client.put("/api/pacts/" + draft, pactJson("Overgenomen"), ANTWERPEN),
                client.post("/api/pacts/" + draft + "/publish", "", ANTWERPEN),
                client.post("/api/pacts/" + draft + "/signatures",
                        PactClient.signJson(organisation, "X", "2011-03-15", true, "[]"), ANTWERPEN),
                client.get("/api/pacts/" + draft + "/signatures/any", ANTWERPEN),
                client.withdraw(draft, "any", "2012-01-01", ANTWERPEN),
                client.get("/api/pacts/" + draft + "/signatories", ANTWERPEN),
                client.get("/api/pacts/" + draft + "/pdf", ANTWERPEN),
                client.get("/api/pacts/" + draft + "/signatories.csv", ANTWERPEN));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Integratiepact");
        });
        assertThat(ids(client.get("/api/pacts?size=100", ANTWERPEN))).doesNotContain(draft);
        assertThat(ids(client.get("/api/pacts?size=100", ALMELO))).contains(draft);
        assertThat(json(client.get("/api/pacts/" + draft, ALMELO)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void publishedPactsAreTheNetworksToReadButOnlyTheirCityChangesThem() {
        String published = client.published();

        assertThat(client.get("/api/pacts/" + published, ANTWERPEN).statusCode()).isEqualTo(200);
        assertThat(ids(client.get("/api/pacts?size=100", ANTWERPEN))).contains(published);
        assertThat(client.get("/api/pacts/" + published, TestTokens.admin()).statusCode()).isEqualTo(200);
        assertThat(client.put("/api/pacts/" + published, pactJson("x"), ANTWERPEN).statusCode()).isEqualTo(403);
        assertThat(client.post("/api/pacts/" + published + "/publish", "", ANTWERPEN).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/pacts/" + published, null).statusCode()).isEqualTo(401);
        assertThat(client.get("/api/pacts", null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyACitysOfficerWritesAndPublishes() {
        assertThat(client.post("/api/pacts", pactJson("x"), ALMELO_ORGANISER).statusCode()).isEqualTo(403);
        assertThat(client.post("/api/pacts", pactJson("x"), TestTokens.admin()).statusCode()).isEqualTo(403);
        String draft = client.draft();
        assertThat(client.post("/api/pacts/" + draft + "/publish", "", ALMELO_ORGANISER).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/pacts/" + draft, ALMELO_ORGANISER).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/pacts/" + draft, TestTokens.admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidPactsGet400WithTheFieldsToFix() {
        assertThat(errorFields(client.post("/api/pacts",
                "{\"title\": \" \", \"linesOfWork\": [], \"considerations\": [\"\"]}", ALMELO)))
                .contains("title", "visionTitle", "period", "linesOfWork", "considerations[0]");
        assertThat(errorFields(client.post("/api/pacts", pactJson("x")
                .replace("\"fromYear\": 2011", "\"fromYear\": 1200")
                .replace("{\"number\": 2,", "{\"number\": 0,"), ALMELO)))
                .contains("period.fromYear", "linesOfWork[1].number");
        assertThat(errorFields(client.post("/api/pacts", pactJson("x")
                .replace("\"fromYear\": 2011, \"toYear\": 2014", "\"fromYear\": 2014, \"toYear\": 2011"), ALMELO)))
                .containsExactly("period");
        assertThat(errorFields(client.post("/api/pacts", pactJson("x")
                .replace("{\"number\": 2,", "{\"number\": 1,"), ALMELO))).containsExactly("linesOfWork");
        assertThat(errorFields(client.post("/api/pacts", pactJson("x")
                .replace("\"signedOn\": \"2011-03-01\"", "\"signedOn\": \"maart 2011\""), ALMELO)))
                .containsExactly("signedOn");
        String draft = client.draft();
        assertThat(errorFields(client.put("/api/pacts/" + draft, "{\"title\": \"\"}", ALMELO))).contains("title");
    }

    @Test
    void listsArePagesAndBounded() {
        client.draft();
        client.draft();

        JsonNode page = json(client.get("/api/pacts?page=0&size=1", ALMELO));

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).has("introduction")).isFalse();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(client.get("/api/pacts?size=101", ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.get("/api/pacts?page=-1", ALMELO).statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownPactIs404() {
        assertThat(client.get("/api/pacts/" + UUID.randomUUID(), ALMELO).statusCode()).isEqualTo(404);
        assertThat(client.post("/api/pacts/" + UUID.randomUUID() + "/publish", "", ALMELO).statusCode())
                .isEqualTo(404);
    }
}
