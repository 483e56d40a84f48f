package org.citybridge.gateway.firewall;

import java.util.UUID;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.citybridge.gateway.test.LogCapture;
import org.citybridge.gateway.test.RawHttp;
import org.citybridge.gateway.test.RawHttp.Response;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes a client sends, the gateway answers a 4xx problem+json with the request id, logs one WARN line
 * without a stack trace, and passes nothing on. Every request here carries a valid token, so it is the request's
 * shape alone that stops it. Raw sockets: an HTTP client library would refuse to send most of these.
 */
class MalformedRequestTest extends GatewayIntegrationTest {

    private static final String RESOURCE = "/api/organisations/" + UUID.randomUUID();

    @LocalServerPort
    int gatewayPort;

    private RawHttp raw;

    @BeforeEach
    void rawClient() {
        raw = new RawHttp(gatewayPort);
    }

    static Stream<Arguments> malformedAddresses() {
        return Stream.of(
                Arguments.of("an encoded NUL in the path", "/%00"),
                Arguments.of("invalid UTF-8 in the path", "/%ff"),
                Arguments.of("invalid UTF-8 in an API path", "/api/%ff"),
                Arguments.of("invalid UTF-8 in a resource path", RESOURCE + "%ff"),
                Arguments.of("an overlong UTF-8 slash", RESOURCE + "%c0%af"),
                Arguments.of("a raw non-ASCII byte in the path", RESOURCE + "\u00ff"),
                Arguments.of("invalid UTF-8 in a parameter value", RESOURCE + "?x=%ff"),
                Arguments.of("invalid UTF-8 in a parameter name", RESOURCE + "?%ff=1"),
                Arguments.of("a control character in a parameter value", RESOURCE + "?x=%0a"),
                Arguments.of("a bracketed parameter name", RESOURCE + "?q[$regex]=.*"),
                Arguments.of("an encoded bracketed parameter name", RESOURCE + "?q%5B%24ne%5D=1"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedAddresses")
    void aMalformedAddressIsA400Problem(String what, String target) {
        assertRefused(request("GET " + target, ""), MalformedRequestWebFilter.class);
    }

    /** Spring itself refuses these before any filter runs; the gateway still answers them as a problem. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%zz", "?x=%f", "/a\\b", "/a|b", "?x={}"})
    void anAddressThatIsNoUriIsA400ProblemToo(String suffix) {
        assertRefused(request("GET " + RESOURCE + suffix, ""), UnparsableAddressAnswer.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"X-City: M\u00fcnster", "X-City: \u00c3\u00bc", "Accept-Language: nl\u0085"})
    void aHeaderWithBytesOutsidePrintableAsciiIsA400Problem(String header) {
        assertRefused(request("GET " + RESOURCE, header + "\r\n"), MalformedRequestWebFilter.class);
    }

    /** What the gateway's own filter lets through but Spring Security's firewall refuses gets the same answer. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/a%2Fb", ";jsessionid=1", "/%2e%2e/x", "/%25ff"})
    void whatSpringSecuritysFirewallRefusesIsA400ProblemToo(String suffix) {
        Response response = send(request("GET " + RESOURCE + suffix, ""));

        assertProblem(response, 400);
        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).countRequestsTo(RESOURCE + suffix)).isZero();
    }

    @Test
    void wellFormedEncodedAddressesStillPass() {
        String path = "/api/organisations/" + UUID.randomUUID() + "/M%C3%BCnster";
        String query = "q=caf%C3%A9+au+lait&page=1&sort=name,asc&empty=&flag";

        Response response = send(request("GET " + path + "?" + query, "X-Note: plain\tASCII\r\n"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).requestWithQuery(query)).isPresent();
    }

    @Test
    void theErrorPathIsNoRouteAndNoBootErrorPage() {
        // /error is the gateway's own (never a page): refused like an unknown API address, in the same shape.
        Response anonymous = new RawHttp(gatewayPort).send(RawHttp.latin1(
                "GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        Response withToken = send(request("GET /error", ""));

        assertProblem(anonymous, 401);
        assertProblem(withToken, 403);
        assertThat(withToken.body()).doesNotContain("timestamp");
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsA405ProblemNotBootsErrorJson() {
        Response response = send(request("DELETE /actuator/health", ""));

        assertProblem(response, 405);
        assertThat(response.body()).doesNotContain("timestamp");
    }

    /**
     * Some bytes Netty's HTTP decoder refuses itself, before Spring sees a request: it answers 400 (or 413/431
     * for lines too long) and closes. Not problem+json (no handler of ours runs), but never a 5xx.
     */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
            "GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "\u0001\u0002GARBAGE\r\n\r\n",
            "GET /api/organisations HTTP/9.9\r\nHost: localhost\r\n\r\n",
            "POST /api/themes HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
            "POST /api/themes HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "GET /api/themes HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n",
            "GET /api/themes HTTP/1.1\r\nHost: localhost\r\nX-City: Antwerpen\u0001\r\n\r\n"})
    void whatNettyRefusesItselfIsA4xxNeverA5xx(String request) {
        try (LogCapture log = LogCapture.start()) {
            Response response = raw.send(RawHttp.latin1(request));

            assertThat(response.status()).isBetween(400, 499);
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void anOverlongRequestLineOrHeaderIsA4xx() {
        Response longLine = raw.send(RawHttp.latin1("GET /api/themes?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        Response longHeader = raw.send(RawHttp.latin1("GET /api/themes HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000) + "\r\n\r\n"));

        assertThat(longLine.status()).isBetween(400, 499);
        assertThat(longHeader.status()).isBetween(400, 499);
    }

    private void assertRefused(String request, Class<?> refusedBy) {
        try (LogCapture log = LogCapture.start()) {
            Response response = send(request);

            assertProblem(response, 400);
            assertThat(response.body()).contains("\"title\":\"Bad Request\"");
            assertThat(log.events(LogCapture.from(refusedBy.getName())))
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getLevel()).isEqualTo(Level.WARN);
                        assertThat(event.getThrowableProxy()).isNull();
                    });
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
        }
        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).countRequestsTo(RESOURCE)).isZero();
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"requestId\":\"" + response.header("X-Request-Id") + "\"");
    }

    private Response send(String request) {
        return raw.send(RawHttp.latin1(request));
    }

    /** A GET-like request with a valid token: only the request's shape can stop it. */
    private static String request(String requestLine, String extraHeaders) {
        return requestLine + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + Downstreams.TOKENS.valid() + "\r\n"
                + "Connection: close\r\n"
                + extraHeaders + "\r\n";
    }
}
