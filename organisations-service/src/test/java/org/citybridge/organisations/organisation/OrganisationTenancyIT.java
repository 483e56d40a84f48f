package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.organisation.OrganisationsApi.ALMELO;
import static org.citybridge.organisations.organisation.OrganisationsApi.ANTWERPEN;
import static org.citybridge.organisations.organisation.OrganisationsApi.ids;
import static org.citybridge.organisations.organisation.OrganisationsApi.json;
import static org.citybridge.organisations.organisation.OrganisationsApi.problem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citybridge.organisations.organisation.logo.LogoSamples;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Another city's private organisation does not exist for an officer: 404 on every route, whatever it
 * sends, and absent from every list, whatever it filters on. Nothing of it changes.
 */
@StackTest
class OrganisationTenancyIT {

    @LocalServerPort
    int port;

    @Test
    void anotherCitysOfficerGets404OnEveryRouteOfAPrivateOrganisation() {
        OrganisationsApi api = OrganisationsApi.onPort(port);
        String name = "Almelo only " + UUID.randomUUID();
        String id = api.register(name, "SCHOOL", "PRIVATE", "ouders");
        assertThat(api.upload(id, ALMELO, "logo.png", "image/png", LogoSamples.png()).statusCode()).isEqualTo(200);
        String path = "/api/organisations/" + id;
        String etag = api.etag(id);

        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(api.get(path, ANTWERPEN));
        answers.add(api.put(path, OrganisationUpdateIT.fullBody("Taken over", null), ANTWERPEN, etag));
        answers.add(api.put(path, OrganisationUpdateIT.fullBody("Taken over", null), ANTWERPEN, null));
        answers.add(api.action(path + "/deactivate", ANTWERPEN, null));
        answers.add(api.action(path + "/deactivate", ANTWERPEN, etag));
        answers.add(api.action(path + "/reactivate", ANTWERPEN, null));
        answers.add(api.upload(id, ANTWERPEN, "logo.png", "image/png", LogoSamples.png()));
        answers.add(api.upload(id, ANTWERPEN, "logo.gif", "image/gif", LogoSamples.gif()));
        for (HttpResponse<String> answer : answers) {
            problem(answer, 404);
            assertThat(answer.body()).doesNotContain(name);
        }
        assertThat(api.logo(id, ANTWERPEN, null).statusCode()).isEqualTo(404);
        assertThat(api.logo(id, null, null).statusCode()).isEqualTo(404);

        JsonNode unchanged = json(api.get(path, ALMELO));
        assertThat(unchanged.get("name").asString()).isEqualTo(name);
        assertThat(unchanged.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.etag(id)).isEqualTo(etag);
        assertThat(api.logo(id, ALMELO, null).body()).isEqualTo(LogoSamples.png());
    }

    @Test
    void anotherCitysPrivateOrganisationsAreInNoListWhateverTheFilter() {
        OrganisationsApi api = OrganisationsApi.onPort(port);
        String tag = UUID.randomUUID().toString();
        String community = "gemeenschap " + tag;
        String name = "Geheime Münster-Stichting " + tag;
        String hidden = api.register(name, "MUNICIPAL_DEPARTMENT", "PRIVATE", community);
        String inactive = api.register("Inactief " + tag, "SCHOOL", "PRIVATE", community);
        api.action("/api/organisations/" + inactive + "/deactivate", ALMELO, null);
        String shared = api.register("Gedeeld " + tag, "SCHOOL", "NETWORK", community);

        List<String> queries = List.of("q=" + encode(name), "q=" + tag, "q=munster-stichting", "q=" + encode("MÜNSTER"),
                "community=" + encode(community), "community=" + encode(community) + "&kind=MUNICIPAL_DEPARTMENT",
                "community=" + encode(community) + "&status=ACTIVE", "community=" + encode(community) + "&status=INACTIVE",
                "community=" + encode(community) + "&kind=SCHOOL&sort=registeredAt&direction=desc",
                "q=" + tag + "&sort=name&direction=desc&size=1", "kind=MUNICIPAL_DEPARTMENT&size=100");
        for (String query : queries) {
            HttpResponse<String> own = api.get("/api/organisations?" + query, ALMELO);
            HttpResponse<String> foreign = api.get("/api/organisations?" + query, ANTWERPEN);
            assertThat(ids(foreign)).as(query).doesNotContain(hidden, inactive);
            assertThat(foreign.body()).as(query).doesNotContain(name);
            if (query.contains(tag) && !query.contains("size=1")) {
                assertThat(ids(own)).as(query).containsAnyOf(hidden, inactive, shared);
            }
        }
        assertThat(ids(api.get("/api/organisations?community=" + encode(community), ANTWERPEN)))
                .containsExactly(shared);
        assertThat(allPages(api, "", ANTWERPEN)).contains(shared).doesNotContain(hidden, inactive);
        assertThat(ids(api.get("/api/organisations/departments?size=100&q=" + tag, ANTWERPEN))).isEmpty();
    }

    private static List<String> allPages(OrganisationsApi api, String query, String token) {
        List<String> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> ids = ids(api.get("/api/organisations?size=100&page=" + page + query, token));
            if (ids.isEmpty()) {
                return all;
            }
            all.addAll(ids);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
