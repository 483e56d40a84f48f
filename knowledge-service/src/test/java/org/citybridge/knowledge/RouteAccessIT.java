package org.citybridge.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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
        ApiClient api = ApiClient.onPort(port);
        HttpResponse<String> created = api.post("/api/practices", PracticeJson.practice("Matrix", "PRIVATE"),
                TestTokens.officer("almelo"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        assertThat(api.post("/api/practices/" + id + "/publish", "", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(200);
        String boundary = "matrixpng";
        HttpResponse<String> attached = api.send(api.request("/api/practices/" + id + "/attachments",
                TestTokens.officer("almelo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 matrix\r\n--" + boundary + "--\r\n")));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("id", id)
                .path("attachmentId", ApiClient.json(attached).get("id").asString())
                .body("POST /api/practices", PracticeJson.practice("Matrix", "PRIVATE"))
                .body("PUT /api/practices/{id}", PracticeJson.practice("Matrix", "PRIVATE")))
                .assertAll("almelo", "antwerpen");
    }
}
