package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.organisation.OrganisationsApi.ADMIN;
import static org.citybridge.organisations.organisation.OrganisationsApi.ALMELO;
import static org.citybridge.organisations.organisation.OrganisationsApi.ANTWERPEN;
import static org.citybridge.organisations.organisation.OrganisationsApi.ids;
import static org.citybridge.organisations.organisation.OrganisationsApi.json;
import static org.citybridge.organisations.organisation.OrganisationsApi.names;
import static org.citybridge.organisations.organisation.OrganisationsApi.problem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

/** Filters, order and name search of the organisation list, and the departments list. */
@StackTest
class OrganisationListIT {

    @LocalServerPort
    int port;

    OrganisationsApi api;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SearchNameBackfill backfill;

    @BeforeEach
    void api() {
        api = OrganisationsApi.onPort(port);
    }

    @Test
    void filtersByKindCommunityAndStatus() {
        String community = "community " + UUID.randomUUID();
        String school = api.register("School " + UUID.randomUUID(), "SCHOOL", "PRIVATE", community);
        String company = api.register("Company " + UUID.randomUUID(), "COMPANY", "PRIVATE", community, "other");
        String closedSchool = api.register("Closed school " + UUID.randomUUID(), "SCHOOL", "PRIVATE", community);
        api.register("Elsewhere " + UUID.randomUUID(), "SCHOOL", "PRIVATE", "unrelated " + UUID.randomUUID());
        assertThat(api.action("/api/organisations/" + closedSchool + "/deactivate", ALMELO, null).statusCode())
                .isEqualTo(200);
        String c = "&community=" + encode(community);

        assertThat(ids(list("size=100" + c))).containsExactlyInAnyOrder(school, company, closedSchool);
        assertThat(ids(list("kind=SCHOOL" + c))).containsExactlyInAnyOrder(school, closedSchool);
        assertThat(ids(list("status=INACTIVE" + c))).containsExactly(closedSchool);
        assertThat(ids(list("status=ACTIVE&kind=SCHOOL" + c))).containsExactly(school);
        assertThat(ids(list("kind=UNIVERSITY" + c))).isEmpty();
    }

    @Test
    void sortsByNameIgnoringCaseOrByRegistrationEitherWay() {
        String tag = UUID.randomUUID().toString();
        String bravo = api.register("bravo " + tag, "SCHOOL", "PRIVATE");
        String alpha = api.register("Alpha " + tag, "SCHOOL", "PRIVATE");
        String charlie = api.register("Charlie " + tag, "SCHOOL", "PRIVATE");
        String q = "q=" + tag;

        assertThat(ids(list(q))).containsExactly(alpha, bravo, charlie);
        assertThat(ids(list(q + "&sort=name&direction=desc"))).containsExactly(charlie, bravo, alpha);
        assertThat(ids(list(q + "&sort=registeredAt"))).containsExactly(bravo, alpha, charlie);
        assertThat(ids(list(q + "&sort=registeredAt&direction=desc"))).containsExactly(charlie, alpha, bravo);
        JsonNode page = json(list(q + "&sort=name&size=2&page=1"));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(charlie);
    }

    @Test
    void badSortDirectionKindOrStatusGets400NamingTheParameter() {
        assertThat(problem(list("sort=municipality"), 400)).containsExactly("sort");
        assertThat(problem(list("direction=up"), 400)).containsExactly("direction");
        HttpResponse<String> badKind = list("kind=PUB");
        assertThat(problem(badKind, 400)).containsExactly("kind");
        assertThat(badKind.body()).contains("must be one of").contains("SELF_ORGANISATION")
                .doesNotContain("java.lang").doesNotContain("org.citybridge");
        assertThat(problem(list("status=GONE"), 400)).containsExactly("status");
        assertThat(problem(list("q=" + "x".repeat(101)), 400)).containsExactly("q");
        assertThat(problem(api.get("/api/organisations/departments?status=GONE", ALMELO), 400))
                .containsExactly("status");
    }

    @Test
    void nameSearchIgnoresCaseAndDiacriticsBothWays() {
        String tag = UUID.randomUUID().toString();
        String withUmlaut = api.register("Stadtteilverein Münster " + tag, "CIVIL_SOCIETY", "PRIVATE");
        String without = api.register("Munster Jongeren " + tag, "CIVIL_SOCIETY", "PRIVATE");
        String lower = api.register("café de Muziek " + tag, "CIVIL_SOCIETY", "PRIVATE");

        assertThat(ids(list("q=" + encode("munster " + tag)))).containsExactly(withUmlaut);
        assertThat(ids(list("q=" + encode("MÜNSTER jongeren " + tag)))).containsExactly(without);
        assertThat(ids(list("q=" + encode("Münster") + "&size=100"))).contains(withUmlaut, without);
        assertThat(ids(list("q=" + encode("CAFE DE MUZIEK " + tag)))).containsExactly(lower);
        assertThat(ids(list("q=" + encode("Café") + "&size=100"))).contains(lower);
    }

    @Test
    void theSearchTextIsALiteralNotARegularExpression() {
        String tag = UUID.randomUUID().toString();
        String quoted = api.register("Antwerpen aan 't woord (v.z.w.) [" + tag + "]", "CIVIL_SOCIETY", "PRIVATE");
        api.register("Antwerpen aan X woord Xv-z-w-X " + tag, "CIVIL_SOCIETY", "PRIVATE");

        assertThat(ids(list("q=" + encode("aan 't woord (v.z.w.) [" + tag)))).containsExactly(quoted);
        assertThat(ids(list("q=" + encode(".*" + tag)))).isEmpty();
        for (String nasty : List.of("(", "[", "\\", "*", "+?", "$^", "{2}", "|")) {
            assertThat(list("q=" + encode(nasty)).statusCode()).as(nasty).isEqualTo(200);
        }
    }

    /**
     * Found by the abuse suite: a NUL in the search text ended MongoDB's pattern string, a 500. Control
     * characters in a query string are now refused by the platform before the search runs.
     */
    @Test
    void aControlCharacterInTheSearchTextIs400NotAServerError() {
        for (String target : List.of("/api/organisations?q=" + encode("de\u0000vennen"),
                "/api/organisations/departments?q=" + encode("a\u0007b"))) {
            HttpResponse<String> refused = api.get(target, ALMELO);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void departmentsAreTheOwnCitysMunicipalDepartmentsWithTheirContactPersons() {
        String tag = UUID.randomUUID().toString();
        HttpResponse<String> created = api.post("/api/organisations", "{\"name\":\"Afdeling Onderwijs " + tag
                + "\",\"kind\":\"MUNICIPAL_DEPARTMENT\",\"contactPersons\":[{\"name\":\"Els Voorbeeld\","
                + "\"role\":\"contactpersoon integratie\",\"email\":\"els@example.org\"}]}", ALMELO);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String almeloDepartment = json(created).get("id").asString();
        String almeloSchool = api.register("Not a department " + tag, "SCHOOL", "PRIVATE");
        String antwerpenDepartment = api.registerAs(ANTWERPEN, "Stedelijk steunpunt " + tag, "MUNICIPAL_DEPARTMENT",
                "NETWORK");

        HttpResponse<String> almelo = api.get("/api/organisations/departments?size=100&q=" + tag, ALMELO);
        assertThat(ids(almelo)).containsExactly(almeloDepartment);
        JsonNode person = json(almelo).get("items").get(0).get("contactPersons").get(0);
        assertThat(person.get("name").asString()).isEqualTo("Els Voorbeeld");
        assertThat(person.get("email").asString()).isEqualTo("els@example.org");
        assertThat(ids(api.get("/api/organisations/departments?size=100&q=" + tag, ANTWERPEN)))
                .containsExactly(antwerpenDepartment).doesNotContain(almeloSchool);

        JsonNode page = json(api.get("/api/organisations/departments?size=1", ALMELO));
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        problem(api.get("/api/organisations/departments", ADMIN), 403);
    }

    @Test
    void theAdminWithoutACitySeesWhatCitiesShareButNoPrivateOrganisation() {
        String tag = UUID.randomUUID().toString();
        String shared = api.register("Shared " + tag, "SCHOOL", "NETWORK");
        String hidden = api.register("Hidden " + tag, "SCHOOL", "PRIVATE");

        assertThat(ids(api.get("/api/organisations?q=" + tag, ADMIN))).containsExactly(shared);
        assertThat(names(api.get("/api/organisations?q=" + tag, ALMELO))).hasSize(2);
        problem(api.get("/api/organisations/" + hidden, ADMIN), 404);
    }

    @Test
    void organisationsStoredBeforeTheSearchFieldExistedBecomeSearchable() {
        String tag = UUID.randomUUID().toString();
        String id = api.register("Oud Zelforganisatie Çavuş " + tag, "SELF_ORGANISATION", "PRIVATE");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("searchName"), "organisations");
        assertThat(ids(list("q=" + tag))).isEmpty();

        backfill.run(null);

        assertThat(ids(list("q=" + encode("cavus " + tag)))).containsExactly(id);
        assertThat(api.etag(id)).as("the version is untouched").isEqualTo("\"0\"");
    }

    private HttpResponse<String> list(String query) {
        return api.get("/api/organisations?" + query, ALMELO);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
