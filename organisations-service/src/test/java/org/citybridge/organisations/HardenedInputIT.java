package org.citybridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.citybridge.organisations.organisation.OrganisationsApi;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RawHttp;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The service where six 50 MB bodies once ran out of memory: oversized JSON and uploads are 413,
 * malformed query strings 400, each as problem+json, and nothing is logged as an error.
 */
@StackTest
class HardenedInputIT {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final String ALMELO = TestTokens.officer("almelo");

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
    void nothingWasLoggedAsAnError() {
        root.detachAppender(log);
        List<String> errors = log.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null)
                .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
                .toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void eight50MbOrganisationsAtOnceAre413AndTheServiceStaysHealthy() {
        RawHttp http = RawHttp.onPort(port);
        String start = "{\"name\":\"Big\",\"kind\":\"SCHOOL\",\"description\":\"";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<RawHttp.Response>> sent = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> i % 2 == 0
                            ? http.postWithLength("/api/organisations", ALMELO, start, FIFTY_MB)
                            : http.postChunked("/api/organisations", ALMELO, "", start, FIFTY_MB), clients))
                    .toList();

            sent.forEach(response -> assertProblem(response.join(), 413));
        } finally {
            clients.shutdownNow();
        }
        assertThat(ApiClient.onPort(port).get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(OrganisationsApi.onPort(port).register("After the flood " + UUID.randomUUID(), "SCHOOL", "NETWORK"))
                .isNotBlank();
    }

    /** Uploads keep their own limit (spring.servlet.multipart.*), also as a 413 problem. */
    @Test
    void a50MbLogoUploadIs413() {
        String id = OrganisationsApi.onPort(port).register("Logo flood " + UUID.randomUUID(), "SCHOOL", "NETWORK");
        String boundary = "----citybridge-flood";
        String headers = "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nAuthorization: " + ALMELO
                + "\r\n";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";

        assertProblem(RawHttp.onPort(port).post("/api/organisations/" + id + "/logo", headers, part, FIFTY_MB, false),
                413);
        assertProblem(RawHttp.onPort(port).post("/api/organisations/" + id + "/logo", headers, part, FIFTY_MB, true),
                413);
    }

    @Test
    void malformedQueriesOnTheListAre400() {
        for (String query : List.of("?name=%ff", "?%ff=1", "?q%5B%24regex%5D=.*", "?page%5B%24gt%5D=1", "?q=%00")) {
            RawHttp.Response response = RawHttp.onPort(port).send("GET /api/organisations" + query
                    + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: " + ALMELO);

            assertProblem(response, 400);
        }
        assertProblem(RawHttp.onPort(port).send("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close"), 404);
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(EventJson.mapper().readTree(response.body()).get("requestId").asString()).isNotBlank();
    }
}
