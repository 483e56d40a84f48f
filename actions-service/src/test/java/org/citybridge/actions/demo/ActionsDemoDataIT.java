package org.citybridge.actions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.action.StatusRule;
import org.citybridge.actions.demo.ActionsDemoData.DemoAction;
import org.citybridge.actions.demo.ActionsDemoData.Tally;
import org.citybridge.actions.report.ReportService;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The loader against the real store and API. It is built here from the context's beans rather than
 * switched on with {@code citybridge.demo.enabled}, which would give this class a Spring context of its
 * own; loading is idempotent, so each test loads first.
 */
@StackTest
class ActionsDemoDataIT {

    private static final String TOPIC = "citybridge.actions";

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    @Autowired
    StatusRule statusRule;

    @Autowired
    ActionService actionService;

    @Autowired
    ReportService reportService;

    private ActionsDemoData demo;

    @BeforeEach
    void load() {
        demo = new ActionsDemoData(stores, statusRule, actionService, reportService);
        demo.run(null);
    }

    @Test
    void aSecondRunAddsNothing() {
        List<Tally> again = demo.load();

        assertThat(again).containsExactly(
                new Tally("programmes", 0, ActionsDemoData.readProgrammes().size()),
                new Tally("actions", 0, ActionsDemoData.readActions().size()),
                new Tally("indicators", 0, ActionsDemoData.readIndicators().size()),
                new Tally("reports", 0, 1));
        assertThat(list("/api/actions?programme=" + ActionsDemoFilesTest.ANTWERP_DIVERSITY + "&size=100",
                TestTokens.officer("antwerpen")).get("total").asLong()).isEqualTo(19);
    }

    @Test
    void theSeedsFiguresAreMeasurementsThatMoveTheActionsStatus() {
        String antwerpen = TestTokens.officer("antwerpen");
        JsonNode coaches = list("/api/actions/demo-action-antwerpen-100-jongeren-maken-het/indicators", antwerpen)
                .get("items").get(0);
        assertThat(coaches.get("measurements").get(0).get("value").asInt()).isEqualTo(26);
        assertThat(coaches.get("status").asString()).as("26 of 100 by March 2012 is behind the line").isEqualTo("BEHIND");
        assertThat(list("/api/actions/demo-action-antwerpen-100-jongeren-maken-het", antwerpen).get("status")
                .asString()).isEqualTo("LATE");
        JsonNode homeParties = list("/api/actions/demo-action-antwerpen-sociaal-adviseurs/indicators", antwerpen)
                .get("items").get(0);
        assertThat(homeParties.get("latestValue").asInt()).as("360 + 167").isEqualTo(527);

        JsonNode shared = list("/api/shared-indicators/gesubsidieerde-etnisch-culturele-verenigingen",
                TestTokens.officer("almelo"));
        assertThat(shared.toString()).contains("\"antwerpen\"", "\"almelo\"", "160", "12");
    }

    @Test
    void kleurRijkAlmelosFirstReportIsFinalWithTheInterimReportsWords() {
        JsonNode report = list("/api/reports/demo-programme-almelo-kleurrijk-2010-Q1", TestTokens.officer("almelo"));

        assertThat(report.get("state").asString()).isEqualTo("FINAL");
        assertThat(report.get("actions")).as("the actions under way in the quarter").hasSize(ActionsDemoData
                .readActions().stream().filter(action -> action.programmeId().equals("demo-programme-almelo-kleurrijk"))
                .filter(action -> action.period() == null || action.period().start().isBefore(LocalDate.of(2010, 4, 1)))
                .toList().size());
        assertThat(report.toString()).as("as it stood at the end of March 2010").contains("\"COMPLETED\"")
                .contains("\"ON_TIME\"");
        assertThat(report.toString()).contains("Tussenrapportage februari 2010");
    }

    @Test
    void anOfficerOfAntwerpenSeesTheNineteenSpearheadActionsOfTheDiversityPolicy() {
        JsonNode page = list("/api/actions?programme=" + ActionsDemoFilesTest.ANTWERP_DIVERSITY + "&size=100",
                TestTokens.officer("antwerpen"));

        assertThat(page.get("total").asLong()).isEqualTo(19);
        assertThat(page.get("items").values()).extracting(item -> item.get("title").asString())
                .containsExactlyInAnyOrderElementsOf(ActionsDemoFilesTest.SPEARHEADS);
        JsonNode programme = ApiClient.json(api().get("/api/programmes/" + ActionsDemoFilesTest.ANTWERP_DIVERSITY,
                TestTokens.officer("antwerpen")));
        assertThat(programme.toString()).contains("We versterken het wij-gevoel van Antwerpenaren.");
    }

    @Test
    void anotherCitySeesTheNetworkActionsButNotThePrivateOne() {
        Map<Boolean, List<String>> almeloByPrivacy = ActionsDemoData.readActions().stream()
                .filter(action -> action.programmeId().equals(ActionsDemoFilesTest.ALMELO))
                .collect(Collectors.partitioningBy(action -> action.visibility() == Visibility.PRIVATE,
                        Collectors.mapping(DemoAction::id, Collectors.toList())));
        assertThat(almeloByPrivacy.get(true)).containsExactly("demo-action-almelo-contactpersonen-afdelingen");
        String path = "/api/actions?programme=" + ActionsDemoFilesTest.ALMELO + "&size=100";

        List<String> seenByAntwerpen = ids(list(path, TestTokens.officer("antwerpen")));
        List<String> seenByAlmelo = ids(list(path, TestTokens.officer("almelo")));

        assertThat(seenByAntwerpen).containsExactlyInAnyOrderElementsOf(almeloByPrivacy.get(false));
        assertThat(seenByAlmelo).hasSize(almeloByPrivacy.get(false).size() + 1)
                .contains("demo-action-almelo-contactpersonen-afdelingen");
        assertThat(api().get("/api/actions/demo-action-almelo-contactpersonen-afdelingen",
                TestTokens.officer("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(list("/api/actions?programme=" + ActionsDemoFilesTest.ANTWERP_DIVERSITY + "&size=100",
                TestTokens.officer("almelo")).get("total").asLong()).isEqualTo(19);
    }

    /** Statuses come from the milestones as the rule computes them, and the events went out. */
    @Test
    void actionsCarryTheirMilestonesComputedStatusAndEvents() {
        Map<String, JsonNode> almelo = list("/api/actions?programme=" + ActionsDemoFilesTest.ALMELO + "&size=100",
                TestTokens.officer("almelo")).get("items").values().stream()
                .collect(Collectors.toMap(item -> item.get("id").asString(), Function.identity()));

        assertThat(almelo.get("demo-action-almelo-handboek").get("status").asString()).isEqualTo("LATE");
        assertThat(almelo.get("demo-action-almelo-congressen").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(almelo.get("demo-action-almelo-congressen").get("milestones").size()).isEqualTo(2);
        JsonNode programme = ApiClient.json(api().get("/api/programmes/" + ActionsDemoFilesTest.ALMELO,
                TestTokens.officer("antwerpen")));
        assertThat(programme.get("milestones").size()).isEqualTo(3);
        TopicProbe.awaitRecords(TOPIC, record -> "demo-action-antwerpen-sociaal-adviseurs".equals(record.key())
                && record.value().contains("action.created"));
    }

    private JsonNode list(String path, String token) {
        HttpResponse<String> response = api().get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").values().stream().map(item -> item.get("id").asString()).toList();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
