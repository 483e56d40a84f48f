package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The role declarations of the sample service, walked as every service's generated test walks its own. */
@StackTest
class RouteAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        String privateWidget = id(ApiClient.onPort(port).post("/widgets", "{\"name\":\"matrix\"}",
                TestTokens.officer("almelo")).body());
        RouteMatrix matrix = RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("id", privateWidget)
                .body("POST /widgets", "{\"name\":\"matrix\"}")
                .body("PUT /widgets/{id}", "{\"name\":\"taken over\"}")
                .exempt("GET /public/refuse/{status}", "answers the status it is asked for, on purpose")
                .exempt("GET /public/boom", "fails on purpose"));

        matrix.assertEveryRouteDeclared().assertTheApiDocumentDescribesEveryRoute();
        matrix.assertRolesAsDeclared("almelo");
        matrix.assertAnotherCityGets404("almelo", "antwerpen");
        assertThat(ApiClient.onPort(port).get("/widgets/" + privateWidget, TestTokens.officer("almelo")).body())
                .as("nothing the matrix sent changed it").contains("\"matrix\"");
    }

    @Test
    void aRoleTheDeclarationDoesNotNameIsToldWhichItNeeds() {
        var response = ApiClient.onPort(port).post("/widgets", "{\"name\":\"x\"}", TestTokens.organiser("almelo"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("OFFICER");
    }

    private static String id(String json) {
        return EventJson.mapper().readTree(json).get("id").asString();
    }}
