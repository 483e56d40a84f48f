package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.actions.indicator.IndicatorClient.homeParties;
import static org.citybridge.actions.indicator.IndicatorClient.measurement;
import static org.citybridge.actions.indicator.IndicatorClient.officer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@StackTest
class IndicatorApiIT {

    @LocalServerPort
    int port;

    IndicatorClient client;

    @BeforeEach
    void client() {
        client = new IndicatorClient(port);
    }

    @Test
    void theActionsIndicatorsAreListedWithTheirMeasurementsAndWhereTheyStand() {
        String action = client.action("antwerpen", client.programme("antwerpen", "PRIVATE"), "PRIVATE");
        String indicator = client.indicator("antwerpen", action, homeParties(null, null)).get("id").asString();
        client.measure("antwerpen", indicator, "2012-03-31", 167);

        HttpResponse<String> list = client.api.get("/api/actions/" + action + "/indicators", officer("antwerpen"));

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode page = ApiClient.json(list);
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(indicator);
        assertThat(item.get("visibility").asString()).as("the action's").isEqualTo("PRIVATE");
        assertThat(item.get("baseline").get("date").asString()).isEqualTo("2012-01-01");
        assertThat(item.get("targets").get(0).get("value").decimalValue()).isEqualByComparingTo("360");
        assertThat(item.get("measurements")).hasSize(1);
        assertThat(item.get("measurements").get(0).get("value").decimalValue()).isEqualByComparingTo("167");
        assertThat(item.get("measurements").get(0).get("recordedBy").asString()).isEqualTo("officer@antwerpen");
        assertThat(item.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(item.get("progress").decimalValue()).isEqualByComparingTo("0.4639");
        assertThat(item.get("expectedValue").decimalValue()).isEqualByComparingTo("88.7671");
        assertThat(item.get("latestDate").asString()).isEqualTo("2012-03-31");
        assertThat(item.get("dueOn").asString()).isEqualTo("2012-06-30");
        assertThat(item.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void aValueBehindTheLineMakesTheActionLateAndItsCorrectionOnTimeKeepingTheHistory() {
        String action = client.action("antwerpen", client.programme("antwerpen", "PRIVATE"), "PRIVATE");
        String indicator = client.indicator("antwerpen", action, homeParties(null, null)).get("id").asString();
        assertThat(client.actionStatus("antwerpen", action)).isEqualTo("NOT_STARTED");

        JsonNode behind = client.measure("antwerpen", indicator, "2012-03-31", 50);
        assertThat(behind.get("indicator").get("status").asString()).isEqualTo("BEHIND");
        assertThat(client.actionStatus("antwerpen", action)).isEqualTo("LATE");

        String measurementId = behind.get("measurement").get("id").asString();
        HttpResponse<String> corrected = client.put("/api/indicators/" + indicator + "/measurements/" + measurementId,
                measurement("2012-03-31", 167), officer("antwerpen"), null);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode correction = ApiClient.json(corrected).get("measurement");
        assertThat(correction.get("value").decimalValue()).isEqualByComparingTo("167");
        assertThat(correction.get("earlierVersions").get(0).get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(client.actionStatus("antwerpen", action)).isEqualTo("ON_TIME");

        client.measure("antwerpen", indicator, "2012-12-31", 365);
        assertThat(client.actionStatus("antwerpen", action)).as("its only indicator achieved").isEqualTo("COMPLETED");
    }

    @Test
    void anotherCitysPrivateIndicatorDoesNotExistForItAndASharedOneIsOnlyRead() {
        String programme = client.programme("almelo", "NETWORK");
        String privateAction = client.action("almelo", programme, "PRIVATE");
        String hidden = client.indicator("almelo", privateAction, homeParties(null, null)).get("id").asString();
        String sharedAction = client.action("almelo", programme, "NETWORK");
        String shown = client.indicator("almelo", sharedAction, homeParties(null, null)).get("id").asString();
        String narrowed = client.indicator("almelo", sharedAction, homeParties(null, "PRIVATE")).get("id").asString();
        String antwerpen = officer("antwerpen");

        assertThat(client.api.get("/api/indicators/" + hidden, antwerpen).statusCode()).isEqualTo(404);
        assertThat(client.api.get("/api/actions/" + privateAction + "/indicators", antwerpen).statusCode()).isEqualTo(404);
        assertThat(client.api.post("/api/indicators/" + hidden + "/measurements", measurement("2012-03-31", 1),
                antwerpen).statusCode()).isEqualTo(404);
        assertThat(client.api.get("/api/indicators/" + shown, antwerpen).statusCode()).isEqualTo(200);
        assertThat(client.api.get("/api/indicators/" + shown, TestTokens.admin()).statusCode()).isEqualTo(200);
        assertThat(client.api.get("/api/indicators/" + narrowed, antwerpen).statusCode()).isEqualTo(404);
        assertThat(client.api.get("/api/actions/" + sharedAction + "/indicators", antwerpen).body())
                .contains(shown).doesNotContain(narrowed);
        assertThat(client.api.post("/api/indicators/" + shown + "/measurements", measurement("2012-03-31", 1),
                antwerpen).statusCode()).isEqualTo(403);
        assertThat(client.api.post("/api/actions/" + sharedAction + "/indicators", homeParties(null, null), antwerpen)
                .statusCode()).isEqualTo(403);
    }

    /** A value with endless decimals or a date far outside policy time would make every later read slow or fail. */
    @Test
    void valuesAndDatesStayWithinWhatPolicyFiguresNeed() {
        String action = client.action("almelo", client.programme("almelo", "PRIVATE"), "PRIVATE");
        String indicator = client.indicator("almelo", action, homeParties(null, null)).get("id").asString();

        HttpResponse<String> endless = client.api.post("/api/indicators/" + indicator + "/measurements",
                "{\"date\": \"2012-03-31\", \"value\": 1e-99999999}", officer("almelo"));
        assertThat(endless.statusCode()).as(endless.body()).isEqualTo(400);
        assertThat(endless.body()).contains("value");
        HttpResponse<String> ancient = client.api.post("/api/actions/" + action + "/indicators",
                homeParties(null, null).replace("2012-01-01", "-999999999-01-01"), officer("almelo"));
        assertThat(ancient.statusCode()).as(ancient.body()).isEqualTo(400);
    }

    @Test
    void anIndicatorIsNeverSharedWiderThanItsAction() {
        String programme = client.programme("almelo", "NETWORK");
        String privateAction = client.action("almelo", programme, "PRIVATE");

        HttpResponse<String> wider = client.api.post("/api/actions/" + privateAction + "/indicators",
                homeParties(null, "NETWORK"), officer("almelo"));

        assertThat(wider.statusCode()).as(wider.body()).isEqualTo(400);
        assertThat(wider.body()).contains("visibility");

        String sharedAction = client.action("almelo", programme, "NETWORK");
        client.indicator("almelo", sharedAction, homeParties(null, "NETWORK"));
        HttpResponse<String> read = client.api.get("/api/actions/" + sharedAction, officer("almelo"));
        HttpResponse<String> narrowed = client.api.send(client.api.request("/api/actions/" + sharedAction,
                officer("almelo")).header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Smaller\", \"visibility\": \"PRIVATE\"}")));
        assertThat(narrowed.statusCode()).as("its indicator is shared wider: %s", narrowed.body()).isEqualTo(409);
    }

    @Test
    void aRedefinitionNeedsTheVersionItWasMadeOn() {
        String action = client.action("almelo", client.programme("almelo", "PRIVATE"), "PRIVATE");
        HttpResponse<String> created = client.api.post("/api/actions/" + action + "/indicators",
                homeParties(null, null), officer("almelo"));
        String indicator = ApiClient.json(created).get("id").asString();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String revised = homeParties("subsidised-associations", null).replace("360", "400");

        assertThat(client.put("/api/indicators/" + indicator, revised, officer("almelo"), null).statusCode())
                .isEqualTo(428);
        HttpResponse<String> done = client.put("/api/indicators/" + indicator, revised, officer("almelo"), etag);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(ApiClient.json(done).get("sharedCode").asString()).isEqualTo("subsidised-associations");
        assertThat(ApiClient.json(done).get("targets").get(0).get("value").decimalValue()).isEqualByComparingTo("400");
        assertThat(client.put("/api/indicators/" + indicator, revised, officer("almelo"), etag).statusCode())
                .as("the version it was read at is gone").isEqualTo(412);
    }

    @Test
    void invalidIndicatorsAndMeasurementsAreProblemsNamingTheField() {
        String action = client.action("almelo", client.programme("almelo", "PRIVATE"), "PRIVATE");
        String twoOnOneDay = homeParties(null, null).replace("[{\"date\": \"2012-12-31\", \"value\": 360}]",
                "[{\"date\": \"2012-12-31\", \"value\": 360}, {\"date\": \"2012-12-31\", \"value\": 400}]");

        HttpResponse<String> sameDay = client.api.post("/api/actions/" + action + "/indicators", twoOnOneDay,
                officer("almelo"));
        HttpResponse<String> noName = client.api.post("/api/actions/" + action + "/indicators",
                homeParties(null, null).replace("\"Huiskamergesprekken\"", "\" \""), officer("almelo"));
        HttpResponse<String> badCode = client.api.post("/api/actions/" + action + "/indicators",
                homeParties("Subsidised Associations", null), officer("almelo"));
        String indicator = client.indicator("almelo", action, homeParties(null, null)).get("id").asString();
        HttpResponse<String> beforeBaseline = client.api.post("/api/indicators/" + indicator + "/measurements",
                measurement("2011-12-31", 5), officer("almelo"));
        HttpResponse<String> noValue = client.api.post("/api/indicators/" + indicator + "/measurements",
                "{\"date\": \"2012-03-31\"}", officer("almelo"));

        assertProblem(sameDay, "targets[1].date");
        assertProblem(noName, "name");
        assertProblem(badCode, "sharedCode");
        assertProblem(beforeBaseline, "date");
        assertProblem(noValue, "value");
        assertThat(client.api.get("/api/indicators/" + indicator, officer("almelo")).body())
                .contains("\"measurements\":[]");
    }

    @Test
    void aProgrammeListsItsIndicatorsWithoutARecentValue() {
        String programme = client.programme("antwerpen", "PRIVATE");
        String action = client.action("antwerpen", programme, "PRIVATE");
        String silent = client.indicator("antwerpen", action, homeParties(null, null)).get("id").asString();
        String recent = client.indicator("antwerpen", action, homeParties(null, null)).get("id").asString();
        client.measure("antwerpen", recent, LocalDate.now(ZoneOffset.UTC).toString(), 100);

        HttpResponse<String> overdue = client.api.get("/api/programmes/" + programme + "/overdue-indicators",
                officer("antwerpen"));

        assertThat(overdue.statusCode()).as(overdue.body()).isEqualTo(200);
        assertThat(ApiClient.json(overdue).get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("id").asString()).isEqualTo(silent));
        assertThat(client.api.get("/api/programmes/" + programme + "/overdue-indicators", officer("almelo"))
                .statusCode()).isEqualTo(404);
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response).get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains(field);
    }
}
