package org.citybridge.knowledge.bridgegroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Bridge groups through the API: members manage and read, invited cities read and join, others get 404. */
@StackTest
class BridgeGroupApiIT {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String MUENSTER = TestTokens.officer("muenster");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    @Autowired
    BridgeGroupMemberships memberships;

    KnowledgeClient client;

    @BeforeEach
    void client() {
        client = new KnowledgeClient(port);
    }

    @Test
    void memberCitiesReadAndManageTheGroupAndAnotherCityGets404() {
        String group = KnowledgeClient.id(client.post("/api/bridge-groups", """
                {"name": "Bruggroep Münster - Almelo %s", "purpose": "Kennisoverdracht tussen gemeenten",
                 "memberCities": ["almelo", "muenster"]}
                """.formatted(UUID.randomUUID()), TestTokens.admin()));

        KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/members",
                "{\"kind\": \"ORGANISATION\", \"id\": \"demo-almelo-atib\", \"municipality\": \"almelo\", "
                        + "\"name\": \"Atib\"}", ALMELO));
        KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/meetings",
                "{\"congressId\": \"congress-1\", \"title\": \"Tweede congres\", \"date\": \"2011-11-24\"}", MUENSTER));
        JsonNode read = KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/meetings",
                "{\"title\": \"Eerste congres\", \"date\": \"2010-11-18\"}", ALMELO));
        assertThat(read.get("meetings").valueStream().map(meeting -> meeting.get("title").asString()).toList())
                .as("by date").containsExactly("Eerste congres", "Tweede congres");
        String practice = KnowledgeClient.id(client.post("/api/practices",
                "{\"title\": \"Netwerklunch\", \"visibility\": \"PRIVATE\"}", ALMELO));
        JsonNode shared = KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/practices",
                "{\"practiceId\": \"" + practice + "\"}", ALMELO));
        assertThat(shared.get("sharedPractices").get("total").asLong()).isOne();
        assertThat(shared.get("sharedPractices").get("first").get(0).get("id").asString()).isEqualTo(practice);
        assertThat(KnowledgeClient.ok(client.get("/api/bridge-groups/" + group, MUENSTER)).get("sharedPractices")
                .get("total").asLong()).as("a draft is not shared yet, even with the group").isZero();
        assertThat(client.delete("/api/bridge-groups/" + group + "/practices/" + practice, MUENSTER).statusCode())
                .as("the practice's own city takes it back").isEqualTo(404);

        assertThat(client.get("/api/bridge-groups/" + group, ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(client.put("/api/bridge-groups/" + group, "{\"name\": \"Overgenomen\"}", ANTWERPEN).statusCode())
                .isEqualTo(404);
        assertThat(client.post("/api/bridge-groups/" + group + "/join", "", ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(ids(KnowledgeClient.ok(client.get("/api/bridge-groups?size=100", ANTWERPEN)))).doesNotContain(group);
        assertThat(ids(KnowledgeClient.ok(client.get("/api/bridge-groups?size=100", MUENSTER)))).contains(group);
        assertThat(client.get("/api/bridge-groups/" + group, TestTokens.admin()).statusCode())
                .as("the admin lists groups; the details are the member cities' (the route admits no admin)")
                .isEqualTo(403);
        assertThat(ids(KnowledgeClient.ok(client.get("/api/bridge-groups?size=100", TestTokens.admin()))))
                .contains(group);

        assertThat(memberships.groupsOf("almelo")).contains(group);
        assertThat(memberships.groupsOf("muenster")).contains(group);
        assertThat(memberships.groupsOf("antwerpen")).doesNotContain(group);
        assertThat(memberships.groupsOf(null)).isEmpty();
    }

    @Test
    void anOfficerFoundsAGroupAndTheInvitedCityJoinsThroughItsOwnOfficer() {
        JsonNode founded = KnowledgeClient.created(client.post("/api/bridge-groups", """
                {"name": "Almelo - Antwerpen %s", "memberCities": ["antwerpen"]}
                """.formatted(UUID.randomUUID()), ALMELO));
        String group = founded.get("id").asString();
        assertThat(founded.get("memberCities").valueStream().map(JsonNode::asString).toList()).containsExactly("almelo");
        assertThat(founded.get("invitedCities").valueStream().map(JsonNode::asString).toList())
                .containsExactly("antwerpen");
        assertThat(memberships.groupsOf("antwerpen")).as("not before it joins").doesNotContain(group);

        assertThat(client.get("/api/bridge-groups/" + group, ANTWERPEN).statusCode()).as("invited: reads it").isEqualTo(200);
        assertThat(client.post("/api/bridge-groups/" + group + "/meetings",
                "{\"title\": \"x\", \"date\": \"2011-01-01\"}", ANTWERPEN).statusCode())
                .as("invited: changes nothing before joining").isEqualTo(403);
        assertThat(client.post("/api/bridge-groups/" + group + "/join", "", MUENSTER).statusCode()).isEqualTo(404);
        JsonNode joined = KnowledgeClient.ok(client.post("/api/bridge-groups/" + group + "/join", "", ANTWERPEN));
        assertThat(joined.get("memberCities").valueStream().map(JsonNode::asString).toList())
                .containsExactly("almelo", "antwerpen");
        assertThat(joined.get("invitedCities")).isEmpty();
        assertThat(memberships.groupsOf("antwerpen")).contains(group);
        assertThat(client.post("/api/bridge-groups/" + group + "/join", "", ANTWERPEN).statusCode()).isEqualTo(409);
    }

    @Test
    void aGroupNeedsAnotherCityAndSaneValues() {
        assertThat(client.post("/api/bridge-groups", "{\"name\": \"Alleen\", \"memberCities\": [\"almelo\"]}", ALMELO)
                .statusCode()).isEqualTo(400);
        assertThat(client.post("/api/bridge-groups", "{\"name\": \"Eén stad\", \"memberCities\": [\"almelo\"]}",
                TestTokens.admin()).statusCode()).isEqualTo(400);
        assertThat(client.post("/api/bridge-groups", "{\"name\": \"X\", \"memberCities\": [\"Not A City!\"]}", ALMELO)
                .statusCode()).isEqualTo(400);
        String group = KnowledgeClient.id(client.post("/api/bridge-groups",
                "{\"name\": \"Datum\", \"memberCities\": [\"muenster\"]}", ALMELO));
        assertThat(client.post("/api/bridge-groups/" + group + "/meetings",
                "{\"title\": \"x\", \"date\": \"1200-01-01\"}", ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.post("/api/bridge-groups/" + group + "/members",
                "{\"kind\": \"OFFICER\", \"id\": \"officer@antwerpen\", \"municipality\": \"antwerpen\"}", ALMELO)
                .statusCode()).as("members come from member cities").isEqualTo(400);
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }
}
