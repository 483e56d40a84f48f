package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Sharing with a real bridge group, made through the API: a private practice of Münster shared with the
 * Münster–Almelo group is Almelo's to read, list and find, and still nobody else's. The practice's
 * {@code sharedWithGroups} is the one place the sharing is kept, whichever route set it.
 */
@StackTest
class GroupSharingIT {

    static final String MUENSTER = TestTokens.officer("muenster");
    static final String ALMELO = TestTokens.officer("almelo");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    KnowledgeClient client;
    String group;

    @BeforeEach
    void group() {
        client = new KnowledgeClient(port);
        group = KnowledgeClient.id(client.post("/api/bridge-groups", """
                {"name": "Bruggroep Münster - Almelo %s", "memberCities": ["muenster", "almelo"]}
                """.formatted(UUID.randomUUID()), TestTokens.admin()));
    }

    @Test
    void membersOfTheGroupSeeWhatIsSharedWithItEvenWhenPrivate() {
        String tag = "zqgroup" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        HttpResponse<String> created = api().post("/api/practices", "{\"title\":\"Integrationskurse " + tag
                + "\",\"language\":\"de\",\"visibility\":\"PRIVATE\",\"sharedWithGroups\":[\"" + group + "\"]}",
                MUENSTER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        assertThat(api().get("/api/practices/" + id, ALMELO).statusCode()).as("a draft is not shared yet")
                .isEqualTo(404);
        assertThat(api().post("/api/practices/" + id + "/publish", "", MUENSTER).statusCode()).isEqualTo(200);

        assertThat(api().get("/api/practices/" + id, ALMELO).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/practices?size=100&municipality=muenster", ALMELO).body()).contains(id);
        assertThat(api().get("/api/practices?size=100&group=" + group, ALMELO).body()).contains(id);
        JsonNode found = ApiClient.json(api().get("/api/practices/search?q=" + tag, ALMELO));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("facets").get("municipality").get(0).get("value").asString()).isEqualTo("muenster");
        JsonNode detail = KnowledgeClient.ok(client.get("/api/bridge-groups/" + group, ALMELO));
        assertThat(detail.get("sharedPractices").get("total").asLong()).isOne();
        assertThat(detail.get("sharedPractices").get("first").get(0).get("id").asString()).isEqualTo(id);
        assertThat(detail.get("sharedPractices").get("all").asString()).isEqualTo("/api/practices?group=" + group);

        assertThat(api().get("/api/practices/" + id, ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/practices?size=100&municipality=muenster", ANTWERPEN).body()).doesNotContain(id);
        assertThat(api().get("/api/practices?size=100&group=" + group, ANTWERPEN).body()).doesNotContain(id);
        assertThat(ApiClient.json(api().get("/api/practices/search?q=" + tag, ANTWERPEN)).get("total").asLong())
                .isZero();
        assertThat(ApiClient.json(api().get("/api/practices/public/search?q=" + tag, null)).get("total").asLong())
                .isZero();
    }

    @Test
    void theGroupsRoutesShareAndUnshareThePracticeItself() {
        String tag = "zqroute" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String id = KnowledgeClient.id(client.post("/api/practices",
                "{\"title\":\"Lotsen " + tag + "\",\"language\":\"de\",\"visibility\":\"PRIVATE\"}", MUENSTER));
        KnowledgeClient.ok(client.post("/api/practices/" + id + "/publish", "", MUENSTER));
        assertThat(client.get("/api/practices/" + id, ALMELO).statusCode()).isEqualTo(404);

        String share = "{\"practiceId\": \"" + id + "\"}";
        KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/practices", share, MUENSTER));
        JsonNode again = KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/practices", share, MUENSTER));
        assertThat(again.get("sharedPractices").get("total").asLong()).as("sharing twice changes nothing").isOne();
        assertThat(client.get("/api/practices/" + id, ALMELO).statusCode()).isEqualTo(200);
        JsonNode practice = KnowledgeClient.ok(client.get("/api/practices/" + id, MUENSTER));
        assertThat(practice.get("sharedWithGroups").valueStream().map(JsonNode::asString).toList())
                .containsExactly(group);
        assertThat(ApiClient.json(api().get("/api/practices/search?q=" + tag, ALMELO)).get("total").asLong())
                .isOne();

        assertThat(client.delete("/api/bridge-groups/" + group + "/practices/" + id, ALMELO).statusCode())
                .as("only the practice's own city takes it back").isEqualTo(404);
        assertThat(client.post("/api/bridge-groups/" + group + "/practices", share, ANTWERPEN).statusCode())
                .as("not Antwerpen's group").isEqualTo(404);

        KnowledgeClient.ok(client.delete("/api/bridge-groups/" + group + "/practices/" + id, MUENSTER));
        KnowledgeClient.ok(client.delete("/api/bridge-groups/" + group + "/practices/" + id, MUENSTER));
        assertThat(client.get("/api/practices/" + id, ALMELO).statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api().get("/api/practices/search?q=" + tag, ALMELO)).get("total").asLong())
                .isZero();
    }

    @Test
    void aCityCannotShareWithAGroupItIsNoMemberOf() {
        String theirs = KnowledgeClient.id(client.post("/api/practices", "{\"title\":\"Wijkwerking\"}", ANTWERPEN));
        assertThat(client.post("/api/practices", "{\"title\":\"Stiekem\",\"sharedWithGroups\":[\"" + group + "\"]}",
                ANTWERPEN).statusCode()).isEqualTo(400);
        String etag = client.get("/api/practices/" + theirs, ANTWERPEN).headers().firstValue("ETag").orElseThrow();
        assertThat(client.api().send(client.api().request("/api/practices/" + theirs, ANTWERPEN)
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Wijkwerking\",\"sharedWithGroups\":[\"" + group + "\"]}"))).statusCode())
                .isEqualTo(400);

        String invitedGroup = KnowledgeClient.id(client.post("/api/bridge-groups",
                "{\"name\": \"Münster - Antwerpen " + UUID.randomUUID() + "\", \"memberCities\": [\"antwerpen\"]}",
                MUENSTER));
        assertThat(client.post("/api/bridge-groups/" + invitedGroup + "/practices",
                "{\"practiceId\": \"" + theirs + "\"}", ANTWERPEN).statusCode())
                .as("invited, not yet a member").isEqualTo(403);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
