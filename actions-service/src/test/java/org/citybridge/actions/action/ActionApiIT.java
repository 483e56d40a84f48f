package org.citybridge.actions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.citybridge.actions.ActionsClient;
import org.citybridge.actions.organisation.StubOrganisationsService;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Actions through the API: what they may name, how their status moves, who may change them, how lists filter. */
@StackTest
class ActionApiIT {

    static final String ALMELO = TestTokens.officer("almelo");

    @LocalServerPort
    int port;

    @Autowired
    EventInbox inbox;

    ActionsClient client;
    String programme;

    @BeforeEach
    void programme() {
        client = new ActionsClient(port);
        programme = client.programme("almelo", "NETWORK");
    }

    @Test
    void anActionBelongsToItsProgrammesCityWhateverTheBodySays() {
        HttpResponse<String> created = client.api().post("/api/programmes/" + programme + "/actions", """
                {"title": "Praatstuk alle afdelingen", "goal": 1, "municipality": "antwerpen",
                 "owner": {"name": "Projectteam KleurRijk"}, "targetGroups": ["alle afdelingen"],
                 "resources": {"budgetPlanned": 20000, "ftePlanned": 0.4}, "visibility": "NETWORK"}
                """, ALMELO);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode action = ApiClient.json(created);
        assertThat(action.get("municipality").asString()).isEqualTo("almelo");
        assertThat(action.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(action.get("resources").get("budgetPlanned").asInt()).isEqualTo(20000);
        assertThat(created.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void whatAnActionNamesMustExist() {
        assertProblem(create("{\"title\": \"x\", \"goal\": 7}"), 400, "goal");
        assertProblem(create("{\"title\": \"x\", \"lineOfWork\": 9}"), 400, "lineOfWork");
        assertProblem(create("{\"title\": \"x\", \"resources\": {\"budgetPlanned\": -1}}"), 400, "budgetPlanned");
        assertProblem(create("{\"title\": \" \"}"), 400, "title");
        assertProblem(create("{\"title\": \"x\", \"period\": {\"start\": \"2012-01-01\", \"end\": \"2011-01-01\"}}"),
                400, "period.end");
        assertProblem(client.api().post("/api/programmes/" + UUID.randomUUID() + "/actions", "{\"title\": \"x\"}",
                ALMELO), 404, "Programme");
    }

    @Test
    void anOpenMilestonePastDueMakesTheActionLateAndCompletingItMakesItCompleted() {
        String action = client.action("almelo", programme, "{\"title\": \"Stadsdeelgesprekken\", \"goal\": 1}");
        String milestone = ActionsClient.id(client.api().post("/api/actions/" + action + "/milestones",
                "{\"title\": \"Vier stadsdeelgesprekken gevoerd\", \"due\": \"2010-05-31\"}", ALMELO));
        assertThat(client.get("/api/actions/" + action, "almelo").get("status").asString()).isEqualTo("LATE");

        HttpResponse<String> done = client.put("/api/actions/" + action + "/milestones/" + milestone,
                "{\"state\": \"COMPLETED\", \"completedOn\": \"2010-06-15\"}", ALMELO, null);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode after = client.get("/api/actions/" + action, "almelo");
        assertThat(after.get("status").asString()).as("its only milestone is done").isEqualTo("COMPLETED");
        assertThat(after.get("milestones").get(0).get("completedOn").asString()).isEqualTo("2010-06-15");
        assertThat(after.get("milestones").get(0).get("completedBy").asString()).isNotBlank();
    }

    @Test
    void anOverrideNeedsAReasonAndStandsOverTheComputedStatusUntilRemoved() {
        String action = client.action("almelo", programme, "{\"title\": \"Netwerklunch\", \"goal\": 2}");
        client.api().post("/api/actions/" + action + "/milestones", "{\"title\": \"Eerste lunch\", \"due\": \"2010-03-01\"}",
                ALMELO);

        assertProblem(client.put("/api/actions/" + action + "/status-override", "{\"status\": \"POSTPONED\"}", ALMELO,
                null), 400, "reason");
        assertProblem(client.put("/api/actions/" + action + "/status-override",
                "{\"status\": \"MERGED\", \"reason\": \"one lunch is enough\"}", ALMELO, null), 400, "mergedInto");
        HttpResponse<String> postponed = client.put("/api/actions/" + action + "/status-override",
                "{\"status\": \"POSTPONED\", \"reason\": \"Na de verkiezingen\"}", ALMELO, null);
        assertThat(postponed.statusCode()).as(postponed.body()).isEqualTo(200);
        JsonNode shown = ApiClient.json(postponed);
        assertThat(shown.get("status").asString()).isEqualTo("POSTPONED");
        assertThat(shown.get("computedStatus").asString()).isEqualTo("LATE");
        assertThat(shown.get("override").get("reason").asString()).isEqualTo("Na de verkiezingen");

        HttpResponse<String> cleared = client.delete("/api/actions/" + action + "/status-override", ALMELO);
        assertThat(ApiClient.json(cleared).get("status").asString()).isEqualTo("LATE");
    }

    @Test
    void updatesFormATimelineAndRevisingNeedsTheVersionRead() {
        String action = client.action("almelo", programme, "{\"title\": \"Visie Atib\", \"goal\": 1}");
        client.api().post("/api/actions/" + action + "/updates", "{\"date\": \"2010-02-01\", \"text\": \"Eerste gesprek\"}",
                ALMELO);
        client.api().post("/api/actions/" + action + "/updates", "{\"text\": \"Visie ontvangen\"}", ALMELO);
        HttpResponse<String> read = client.api().get("/api/actions/" + action, ALMELO);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        assertThat(ApiClient.json(read).get("updates")).extracting(update -> update.get("text").asString())
                .containsExactly("Eerste gesprek", "Visie ontvangen");
        String revised = "{\"title\": \"Visie Atib op integratie\", \"goal\": 1}";
        assertThat(client.put("/api/actions/" + action, revised, ALMELO, null).statusCode()).isEqualTo(428);
        assertThat(client.put("/api/actions/" + action, revised, ALMELO, etag).statusCode()).isEqualTo(200);
        assertThat(client.put("/api/actions/" + action, revised, ALMELO, etag).statusCode()).as("stale").isEqualTo(412);
    }

    @Test
    void anotherCityReadsSharedActionsButChangesNothingAndNeverSeesPrivateOnes() {
        String shared = client.action("almelo", programme, "{\"title\": \"Bruggroep Münster\", \"visibility\": \"NETWORK\"}");
        String own = client.action("almelo", programme, "{\"title\": \"Intern\", \"visibility\": \"PRIVATE\"}");
        String antwerpen = TestTokens.officer("antwerpen");

        assertThat(client.api().get("/api/actions/" + shared, antwerpen).statusCode()).isEqualTo(200);
        assertThat(client.api().get("/api/actions/" + own, antwerpen).statusCode()).isEqualTo(404);
        assertThat(client.put("/api/actions/" + shared, "{\"title\": \"x\"}", antwerpen, "\"0\"").statusCode())
                .isEqualTo(403);
        assertThat(client.api().post("/api/programmes/" + programme + "/actions", "{\"title\": \"x\"}", antwerpen)
                .statusCode()).as("a shared programme is not theirs to add to").isEqualTo(403);
        assertThat(client.api().get("/api/actions?programme=" + programme + "&size=100", antwerpen).body())
                .contains(shared).doesNotContain(own);
    }

    @Test
    void listsFilterByGoalStatusPartnerTargetGroupAndLateness() {
        String university = "ut-" + UUID.randomUUID();
        StubOrganisationsService.get().knows(university, "almelo", "ACTIVE");
        String late = client.action("almelo", programme, """
                {"title": "Laat", "goal": 3, "targetGroups": ["zelforganisaties"], "partners": ["%s"]}
                """.formatted(university));
        client.api().post("/api/actions/" + late + "/milestones", "{\"title\": \"Analyse UT\", \"due\": \"2010-09-01\"}",
                ALMELO);
        String onTime = client.action("almelo", programme, "{\"title\": \"Op tijd\", \"goal\": 4}");

        String base = "/api/actions?programme=" + programme + "&size=100";
        assertThat(titles(base + "&late=true")).containsExactly("Laat");
        assertThat(titles(base + "&status=NOT_STARTED")).containsExactly("Op tijd");
        assertThat(titles(base + "&goal=4")).containsExactly("Op tijd");
        assertThat(titles(base + "&partner=" + university)).containsExactly("Laat");
        assertThat(titles(base + "&targetGroup=zelforganisaties")).containsExactly("Laat");
        JsonNode page = client.get("/api/actions?programme=" + programme + "&size=1&page=1", "almelo");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(onTime).isNotBlank();
        assertProblem(client.api().get(base + "&status=SOMEWHERE", ALMELO), 400, "status");
    }

    @Test
    void aDeactivatedPartnerFlagsTheActionsNamingItAndReactivationClearsTheFlag() {
        String atib = "atib-" + UUID.randomUUID();
        StubOrganisationsService.get().knows(atib, "almelo", "ACTIVE");
        String action = client.action("almelo", programme, """
                {"title": "Visie zelforganisaties", "goal": 1, "owner": {"organisationId": "%s"}}
                """.formatted(atib));

        ActionsClient.announce("organisation.deactivated.v1", atib, "almelo");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                client.get("/api/actions/" + action, "almelo").get("inactivePartners").toString()).contains(atib));
        assertThat(titles("/api/actions?programme=" + programme + "&inactivePartners=true"))
                .containsExactly("Visie zelforganisaties");
        assertProblem(client.api().post("/api/programmes/" + programme + "/actions", """
                {"title": "Nieuw", "partners": ["%s"]}""".formatted(atib), ALMELO), 400, "inactive");
        HttpResponse<String> read = client.api().get("/api/actions/" + action, ALMELO);
        HttpResponse<String> retitled = client.put("/api/actions/" + action, """
                {"title": "Visie zelforganisaties (herzien)", "goal": 1, "owner": {"organisationId": "%s"}}
                """.formatted(atib), ALMELO, read.headers().firstValue("ETag").orElseThrow());
        assertThat(retitled.statusCode()).as("a flagged organisation may stay while the officer edits: %s",
                retitled.body()).isEqualTo(200);

        ActionsClient.announce("organisation.reactivated.v1", atib, "almelo");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                client.get("/api/actions/" + action, "almelo").get("inactivePartners")).isEmpty());
    }

    @Test
    void aPartnerOfAnotherCityOrUnknownToOrganisationsServiceIsRefused() {
        String foreign = "voem-" + UUID.randomUUID();
        StubOrganisationsService.get().knows(foreign, "antwerpen", "ACTIVE");

        assertProblem(create("{\"title\": \"x\", \"partners\": [\"" + foreign + "\"]}"), 400, "partners");
        assertProblem(create("{\"title\": \"x\", \"owner\": {\"organisationId\": \"nobody-" + UUID.randomUUID()
                + "\"}}"), 400, "owner.organisationId");
    }

    @Test
    void theLineOfWorkIsTakenFromTheCitysPublishedPact() {
        String city = "muenster";
        String eventId = ActionsClient.announce("pact.published.v1", UUID.randomUUID().toString(), city);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.hasProcessed("actions-service.organisations", eventId));
        String own = client.programme(city, "PRIVATE");

        HttpResponse<String> created = client.api().post("/api/programmes/" + own + "/actions",
                "{\"title\": \"Tolken in het wijkcentrum\", \"lineOfWork\": 2}", TestTokens.officer(city));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ApiClient.json(created).get("lineOfWork").get("title").asString())
                .isEqualTo("Interculturalisatie van voorzieningen");
        assertProblem(client.api().post("/api/programmes/" + own + "/actions", "{\"title\": \"x\", \"lineOfWork\": 5}",
                TestTokens.officer(city)), 400, "lineOfWork");
    }

    @Test
    void anActionIsSharedAsItsProgrammeUnlessNarrowedAndNeverWider() {
        String own = client.programme("almelo", "PRIVATE");

        assertThat(ApiClient.json(client.api().post("/api/programmes/" + programme + "/actions",
                "{\"title\": \"Zoals het programma\"}", ALMELO)).get("visibility").asString()).isEqualTo("NETWORK");
        assertProblem(client.api().post("/api/programmes/" + own + "/actions",
                "{\"title\": \"Te breed\", \"visibility\": \"PUBLIC\"}", ALMELO), 400, "visibility");
        String narrowed = client.action("almelo", programme, "{\"title\": \"Smal\", \"visibility\": \"PRIVATE\"}");
        assertThat(client.get("/api/actions/" + narrowed, "almelo").get("visibility").asString()).isEqualTo("PRIVATE");
    }

    @Test
    void aProgrammeKeepsTheGoalsItsActionsServeAndIsNotNarrowedBelowThem() {
        client.action("almelo", programme, """
                {"title": "Dient doel 2", "goal": 2, "visibility": "NETWORK",
                 "period": {"start": "2010-01-01", "end": "2010-12-31"}}""");
        HttpResponse<String> read = client.api().get("/api/programmes/" + programme, ALMELO);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String withoutGoal2 = """
                {"title": "Zonder doel 2", "period": {"start": "2010-01-01", "end": "2011-12-31"},
                 "goals": [{"number": 1, "title": "Gedeelde visie op integratie"}], "visibility": "NETWORK"}""";
        String narrowed = """
                {"title": "Smaller", "period": {"start": "2010-01-01", "end": "2011-12-31"},
                 "goals": [{"number": 1, "title": "a"}, {"number": 2, "title": "b"}, {"number": 3, "title": "c"},
                           {"number": 4, "title": "d"}], "visibility": "PRIVATE"}""";

        assertProblem(client.put("/api/programmes/" + programme, withoutGoal2, ALMELO, etag), 409, "[2]");
        assertProblem(client.put("/api/programmes/" + programme, narrowed, ALMELO, etag), 409, "NETWORK");
        String shorter = """
                {"title": "Korter", "period": {"start": "2010-06-01", "end": "2011-12-31"},
                 "goals": [{"number": 1, "title": "a"}, {"number": 2, "title": "b"}, {"number": 3, "title": "c"},
                           {"number": 4, "title": "d"}], "visibility": "NETWORK"}""";
        assertProblem(client.put("/api/programmes/" + programme, shorter, ALMELO, etag), 409, "2010-01-01");
    }

    @Test
    void whatHasNotHappenedYetCannotBeRecordedAsDone() {
        String action = client.action("almelo", programme, "{\"title\": \"Later\"}");
        String milestone = ActionsClient.id(client.api().post("/api/actions/" + action + "/milestones",
                "{\"title\": \"Klaar\", \"due\": \"2011-06-30\"}", ALMELO));

        assertProblem(client.put("/api/actions/" + action + "/milestones/" + milestone,
                "{\"state\": \"COMPLETED\", \"completedOn\": \"2999-01-01\"}", ALMELO, null), 400, "completedOn");
        assertProblem(client.api().post("/api/actions/" + action + "/updates",
                "{\"date\": \"2999-01-01\", \"text\": \"Vooruitgelopen\"}", ALMELO), 400, "date");
        assertProblem(create("{\"title\": \"x\", \"period\": {\"start\": \"2009-01-01\", \"end\": \"2010-06-30\"}}"),
                400, "period");
        assertProblem(client.put("/api/actions/" + action + "/status-override", "{\"status\": \"MERGED\", "
                + "\"reason\": \"samen\", \"mergedInto\": \"" + UUID.randomUUID() + "\"}", ALMELO, null), 400,
                "mergedInto");
    }

    @Test
    void anOwnerNamedByIdAloneGetsTheOrganisationsName() {
        String school = "school-" + UUID.randomUUID();
        String registered = ActionsClient.announce("organisation.registered.v1", school, "almelo");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.hasProcessed("actions-service.organisations", registered));

        String action = client.action("almelo", programme, "{\"title\": \"Taal\", \"owner\": {\"organisationId\": \""
                + school + "\"}}");

        assertThat(client.get("/api/actions/" + action, "almelo").get("owner").get("name").asString())
                .as("the name in organisations-service's documented example").isEqualTo("ATIB Almelo");
    }

    private List<String> titles(String path) {
        List<String> titles = new ArrayList<>();
        client.get(path, "almelo").get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private HttpResponse<String> create(String json) {
        return client.api().post("/api/programmes/" + programme + "/actions", json, ALMELO);
    }

    static void assertProblem(HttpResponse<String> response, int status, String mentioned) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(mentioned);
    }
}
