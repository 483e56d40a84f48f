package org.citybridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every route of actions-service with every role, none, no token, and another city on Almelo's
 * private programme, action and their milestones, indicator, measurement and shared indicator code. A
 * new route joins the walk the day it is written; it fails here until it has a declaration and its
 * fixtures.
 */
@StackTest
class RouteAccessIT {

    static final String PROGRAMME = """
            {"title": "Matrix programme", "period": {"start": "2010-01-01", "end": "2011-12-31"},
             "goals": [{"number": 1, "title": "Gedeelde visie op integratie"}], "visibility": "PRIVATE"}
            """;
    static final String ACTION = """
            {"title": "Matrix action", "goal": 1, "visibility": "PRIVATE"}
            """;
    static final String INDICATOR = """
            {"name": "Matrix indicator", "unit": "parties", "baseline": {"date": "2012-01-01", "value": 0},
             "targets": [{"date": "2012-12-31", "value": 360}], "direction": "UP", "updateInterval": "QUARTER",
             "sharedCode": "%s"}
            """;
    static final String MEASUREMENT = """
            {"date": "2012-03-31", "value": 167}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        ApiClient api = ApiClient.onPort(port);
        String almelo = TestTokens.officer("almelo");
        String programme = id(api.post("/api/programmes", PROGRAMME, almelo));
        String action = id(api.post("/api/programmes/" + programme + "/actions", ACTION, almelo));
        String milestone = id(api.post("/api/actions/" + action + "/milestones",
                "{\"title\":\"Praatstuk\",\"due\":\"2010-06-30\"}", almelo));
        // A code only this private indicator uses: for another city, no city shows it.
        String code = "matrix-" + UUID.randomUUID();
        String indicatorJson = INDICATOR.formatted(code);
        String indicator = id(api.post("/api/actions/" + action + "/indicators", indicatorJson, almelo));
        HttpResponse<String> measured = api.post("/api/indicators/" + indicator + "/measurements", MEASUREMENT, almelo);
        assertThat(measured.statusCode()).as(measured.body()).isEqualTo(201);
        String measurement = ApiClient.json(measured).get("measurement").get("id").asString();
        String report = id(api.post("/api/programmes/" + programme + "/reports", "{\"period\":\"2010-Q2\"}", almelo));
        String earlier = id(api.post("/api/programmes/" + programme + "/reports", "{\"period\":\"2010-Q1\"}", almelo));

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("programmeId", programme)
                .path("actionId", action)
                .path("milestoneId", milestone)
                .path("indicatorId", indicator)
                .path("measurementId", measurement)
                .path("code", code)
                .path("reportId", report)
                .query("GET /api/reports/{reportId}/compare", "with=" + earlier)
                .body("POST /api/programmes", PROGRAMME)
                .body("PUT /api/programmes/{programmeId}", PROGRAMME.replace("Matrix programme", "Taken over"))
                .body("POST /api/programmes/{programmeId}/milestones", "{\"title\":\"x\",\"due\":\"2010-06-30\"}")
                .body("PUT /api/programmes/{programmeId}/milestones/{milestoneId}", "{\"state\":\"COMPLETED\"}")
                .body("POST /api/programmes/{programmeId}/actions", ACTION)
                .body("PUT /api/actions/{actionId}", ACTION.replace("Matrix action", "Taken over"))
                .body("POST /api/actions/{actionId}/milestones", "{\"title\":\"x\",\"due\":\"2010-06-30\"}")
                .body("PUT /api/actions/{actionId}/milestones/{milestoneId}", "{\"state\":\"CANCELLED\"}")
                .body("POST /api/actions/{actionId}/updates", "{\"text\":\"Taken over\"}")
                .body("PUT /api/actions/{actionId}/status-override", "{\"status\":\"CANCELLED\",\"reason\":\"x\"}")
                .body("POST /api/actions/{actionId}/indicators", indicatorJson)
                .body("PUT /api/indicators/{indicatorId}", indicatorJson.replace("Matrix indicator", "Taken over"))
                .body("POST /api/indicators/{indicatorId}/measurements", MEASUREMENT.replace("167", "1"))
                .body("PUT /api/indicators/{indicatorId}/measurements/{measurementId}", MEASUREMENT.replace("167", "1"))
                .body("POST /api/programmes/{programmeId}/reports", "{\"period\":\"2010-Q3\"}")
                .body("PUT /api/reports/{reportId}/commentary/{actionId}", "{\"text\":\"Taken over\"}"))
                .assertAll("almelo", "antwerpen");

        HttpResponse<String> stillTheirs = api.get("/api/actions/" + action, almelo);
        assertThat(api.get("/api/reports/" + report, almelo).body()).contains("\"state\":\"DRAFT\"")
                .doesNotContain("Taken over");
        assertThat(stillTheirs.body()).as("nothing another city sent changed it").contains("Matrix action")
                .doesNotContain("Taken over").contains("\"override\":null").contains("\"state\":\"NOT_STARTED\"");
        HttpResponse<String> indicatorStill = api.get("/api/indicators/" + indicator, almelo);
        assertThat(indicatorStill.body()).as("nothing another city sent changed the indicator").contains("Matrix indicator")
                .doesNotContain("Taken over");
        assertThat(ApiClient.json(indicatorStill).get("measurements")).singleElement().satisfies(only -> {
            assertThat(only.get("value").decimalValue()).isEqualByComparingTo("167");
            assertThat(only.get("earlierVersions")).isEmpty();
        });
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }
}
