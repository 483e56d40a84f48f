package org.citybridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors the servlet container handles are the error page, in the reader's language, whatever was accepted. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "citybridge.web.api-url=http://127.0.0.1:9")
class ErrorPageTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsTheErrorPageAlsoForScripts() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/nope.css"))
                        .header("Accept", "application/json")
                        .header("Accept-Language", "de")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Diese Seite gibt es nicht").doesNotContain("timestamp");
    }
}
