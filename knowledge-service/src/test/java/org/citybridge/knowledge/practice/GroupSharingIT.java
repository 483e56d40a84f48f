package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;

/**
 * The bridge-group seam: with a {@link GroupMemberships} that puts Münster and Almelo in one group, a
 * private practice of Münster shared with that group is Almelo's to read, list and find, and still
 * nobody else's.
 */
@StackTest
class GroupSharingIT {

    static final String GROUP = "bridge-muenster-almelo";

    @TestConfiguration
    static class Groups {

        @Bean
        @Primary
        GroupMemberships bridgeGroups() {
            return municipality -> "muenster".equals(municipality) || "almelo".equals(municipality) ? Set.of(GROUP)
                    : Set.of();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    GroupMemberships memberships;

    @Test
    void membersOfTheGroupSeeWhatIsSharedWithItEvenWhenPrivate() {
        assertThat(memberships.groupsOf("almelo")).containsExactly(GROUP);
        String tag = "zqgroup" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        HttpResponse<String> created = api().post("/api/practices", "{\"title\":\"Integrationskurse " + tag
                + "\",\"language\":\"de\",\"visibility\":\"PRIVATE\",\"sharedWithGroups\":[\"" + GROUP + "\"]}",
                TestTokens.officer("muenster"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        assertThat(api().get("/api/practices/" + id, TestTokens.officer("almelo")).statusCode())
                .as("a draft is not shared yet").isEqualTo(404);
        assertThat(api().post("/api/practices/" + id + "/publish", "", TestTokens.officer("muenster")).statusCode())
                .isEqualTo(200);

        assertThat(api().get("/api/practices/" + id, TestTokens.officer("almelo")).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/practices?size=100&municipality=muenster", TestTokens.officer("almelo")).body())
                .contains(id);
        assertThat(api().get("/api/practices?size=100&group=" + GROUP, TestTokens.officer("almelo")).body())
                .contains(id);
        JsonNode found = ApiClient.json(api().get("/api/practices/search?q=" + tag, TestTokens.officer("almelo")));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("facets").get("municipality").get(0).get("value").asString()).isEqualTo("muenster");

        assertThat(api().get("/api/practices/" + id, TestTokens.officer("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/practices?size=100&municipality=muenster", TestTokens.officer("antwerpen")).body())
                .doesNotContain(id);
        assertThat(ApiClient.json(api().get("/api/practices/search?q=" + tag, TestTokens.officer("antwerpen")))
                .get("total").asLong()).isZero();
        assertThat(ApiClient.json(api().get("/api/practices/public/search?q=" + tag, null)).get("total").asLong())
                .isZero();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
