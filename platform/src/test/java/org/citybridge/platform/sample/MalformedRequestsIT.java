package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RawHttp;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import tools.jackson.databind.JsonNode;

/**
 * Nothing a client sends is a 500: malformed query strings, parameter names, headers and bodies
 * answer 400 (or 404, 413, 415) problem+json, logged without a stack trace. Sent over a real socket
 * because Tomcat parses the request before Spring sees it.
 */
@StackTest
class MalformedRequestsIT {

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void nothingWasLoggedAsAnErrorOrWithAStackTrace() {
        root.detachAppender(log);
        List<String> loud = log.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null)
                .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
                .toList();
        assertThat(loud).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/public/widgets?x=%ff",
        "/public/widgets?%ff=1",
        "/public/widgets?x=%c3",
        "/public/widgets?x=%00",
        "/public/widgets?x=%zz",
        "/public/widgets?q%5B%24regex%5D=.*",
        "/public/widgets?page%5B%24gt%5D=1",
        "/public/widgets?page=abc",
        "/public/widgets?page=99999999999999999999999",
        "/public/widgets?page=-1",
        "/widgets/x?x=%ff",
    })
    void aMalformedQueryStringIs400(String target) {
        assertProblem(RawHttp.onPort(port).send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"),
                400);
    }

    /** Brackets and other characters that must be encoded are refused by Tomcat before Spring sees the request. */
    @ParameterizedTest
    @ValueSource(strings = {
        "GET /public/widgets?q[$regex]=.* HTTP/1.1",
        "GET /public/widgets?x={} HTTP/1.1",
        "GET /public/wid gets HTTP/1.1",
        "GET /public/%ff HTTP/1.1",
        "GET /public/%zz HTTP/1.1",
        "GET /public/%00 HTTP/1.1",
        "GET /public/..%2f..%2fetc HTTP/1.1",
        "BREW /public/widgets HTTP/1.1",
    })
    void aMalformedRequestLineIs400ProblemJsonNotTomcatsPage(String requestLine) {
        RawHttp.Response response = RawHttp.onPort(port).send(requestLine + "\r\nHost: localhost\r\nConnection: close");

        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertProblem(response, response.status());
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Apache Tomcat");
    }

    /**
     * UTF-8 sent raw: Tomcat reads each byte as a character, and the 0x82 in "€" is a control
     * character that Spring Security's firewall refused wherever the header was read, as a 500.
     */
    @ParameterizedTest
    @ValueSource(strings = {"X-Name", "Accept", "Accept-Language", "If-None-Match", "X-Forwarded-For"})
    void aHeaderWithNonAsciiControlBytesIs400(String header) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(("GET /public/widgets HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + header + ": ")
                .getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes("5 \u20ac".getBytes(StandardCharsets.UTF_8));

        assertProblem(RawHttp.onPort(port).send(head.toByteArray()), 400);
    }

    /** Letters beyond ASCII that are no control characters pass, as they do through the firewall. */
    @Test
    void aHeaderWithAccentedLettersIsNoProblem() {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes("GET /public/widgets HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Name: "
                .getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes("M\u00fcnster".getBytes(StandardCharsets.UTF_8));

        assertThat(RawHttp.onPort(port).send(head.toByteArray()).status()).isEqualTo(200);
    }

    @Test
    void aHeaderWithAControlCharacterIs400() {
        assertProblem(RawHttp.onPort(port).send(
                "GET /widgets/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer a\u0007b"), 400);
    }

    @Test
    void aTokenWithNonAsciiBytesIs400Or401NeverA500() {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes("GET /widgets/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                .getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes("\u00e9\u00e9".getBytes(StandardCharsets.UTF_8));

        RawHttp.Response response = RawHttp.onPort(port).send(head.toByteArray());

        assertThat(response.status()).isIn(400, 401);
        assertProblem(response, response.status());
    }

    /** {@code /error} is not a route: asked for directly it is as absent as any other path without one. */
    @Test
    void errorIsNotARoute() {
        for (String target : List.of("/error", "/error?status=500", "/error/")) {
            RawHttp.Response response = RawHttp.onPort(port)
                    .send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");

            assertProblem(response, 404);
            assertThat(response.body()).doesNotContain("timestamp").doesNotContain("\"path\"");
        }
        assertProblem(RawHttp.onPort(port).send("POST /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: " + TestTokens.officer("almelo") + "\r\nContent-Length: 0"), 404);
    }

    @Test
    void wrongJsonTypesAre400() {
        for (String body : List.of("{\"name\":[1,2]}", "{\"name\":{\"$ne\":null}}", "[]", "\"x\"", "null", "",
                "{\"name\":\"x\",\"colour\":7}", "{\"name\":\"x\",\"visibility\":{\"$gt\":\"\"}}")) {
            HttpResponse<String> response = ApiClient.onPort(port).post("/widgets", body, TestTokens.officer("almelo"));

            assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
            assertProblem(response);
        }
    }

    @Test
    void hugeNumbersAndDeepNestingAre400() {
        String hugeNumber = "{\"name\":\"x\",\"colour\":" + "9".repeat(5_000) + "}";
        String deep = "{\"name\":\"x\",\"extra\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        String longName = "{\"name\":\"" + "x".repeat(100_000) + "\"}";
        for (String body : List.of(hugeNumber, deep, longName)) {
            HttpResponse<String> response = ApiClient.onPort(port).post("/widgets", body, TestTokens.officer("almelo"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertProblem(response);
        }
    }

    @Test
    void aWrongContentTypeIs415() {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=nonsense", "nonsense")) {
            ApiClient api = ApiClient.onPort(port);
            HttpResponse<String> response = api.send(api.request("/widgets", TestTokens.officer("almelo"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

            assertThat(response.statusCode()).as(type + " → " + response.body()).isIn(400, 415);
            assertProblem(response);
        }
    }

    /** Found by the abuse suite: a multipart body the container cannot split was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=b"})
    void aMultipartBodyThatCannotBeSplitIs400(String type) {
        ApiClient api = ApiClient.onPort(port);
        HttpResponse<String> response = api.send(api.request("/widgets", TestTokens.officer("almelo"))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertProblem(response);
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertProblemBody(response.body(), status);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertProblemBody(response.body(), response.statusCode());
    }

    private static void assertProblemBody(String json, int status) {
        JsonNode body = EventJson.mapper().readTree(json);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("requestId").asString()).isNotBlank();
        assertThat(json).doesNotContain("trace").doesNotContain("Exception").doesNotContain("timestamp");
    }
}
