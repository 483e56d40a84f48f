package org.citybridge.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Every route of knowledge-service with every role, none, no token, and another city on Almelo's private data. */
@StackTest
class RouteAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        HttpResponse<String> created = ApiClient.onPort(port).post("/api/practices",
                "{\"title\":\"Matrix\",\"visibility\":\"PRIVATE\"}", TestTokens.officer("almelo"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("id", ApiClient.json(created).get("id").asString())
                .body("POST /api/practices", "{\"title\":\"Matrix\"}"))
                .assertAll("almelo", "antwerpen");
    }
}
