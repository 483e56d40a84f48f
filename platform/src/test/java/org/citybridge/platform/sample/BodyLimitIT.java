package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

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

import tools.jackson.databind.JsonNode;

/**
 * Bodies over the limit (1 MiB by default) are refused with 413 before they are read whole: many
 * at once, declared or chunked, leave the service healthy and its log free of errors.
 */
@StackTest
class BodyLimitIT {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final String JSON_START = "{\"name\":\"";

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
    void eightDeclaredAndEightChunked50MbBodiesAtOnceAreEach413AndTheServiceStaysHealthy() {
        RawHttp http = RawHttp.onPort(port);
        String officer = TestTokens.officer("almelo");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<RawHttp.Response>> sent = IntStream.range(0, 16)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> i % 2 == 0
                            ? http.postWithLength("/widgets", officer, JSON_START, FIFTY_MB)
                            : http.postChunked("/widgets", officer, "", JSON_START, FIFTY_MB), clients))
                    .toList();

            for (CompletableFuture<RawHttp.Response> response : sent) {
                assertTooLarge(response.join());
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(ApiClient.onPort(port).get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(ApiClient.onPort(port).post("/widgets", "{\"name\":\"after the flood\"}", officer).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aChunkedBodyJustOverTheLimitIs413AndOneJustUnderIsRead() {
        RawHttp http = RawHttp.onPort(port);
        String officer = TestTokens.officer("almelo");
        long limit = 1024 * 1024;

        assertTooLarge(http.postChunked("/widgets", officer, "", JSON_START, limit + 1));
        // Under the limit the body is read to its end and judged as JSON: unterminated here, so 400.
        assertThat(http.postChunked("/widgets", officer, "", JSON_START, limit - 1).status()).isEqualTo(400);
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413EvenAnonymouslyAndBeforeAnyByteIsSent() {
        RawHttp.Response response = RawHttp.onPort(port).send("POST /widgets HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1048577\r\nConnection: close");

        assertTooLarge(response);
    }

    /** The idempotency filter reads the body before the controller does; the limit holds there too. */
    @Test
    void aChunkedBodyWithAnIdempotencyKeyIs413() {
        assertTooLarge(RawHttp.onPort(port).postChunked("/widgets", TestTokens.officer("almelo"),
                "Idempotency-Key: body-limit-test-1\r\n", JSON_START, 5L * 1024 * 1024));
        assertThat(ApiClient.onPort(port).send(ApiClient.onPort(port).request("/widgets", TestTokens.officer("almelo"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "body-limit-test-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"retried small\"}")))
                .statusCode()).as("the refused attempt left no record that a retry would replay").isEqualTo(201);
    }

    private static void assertTooLarge(RawHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = EventJson.mapper().readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(413);
        assertThat(body.get("requestId").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).contains("1048576 bytes");
    }
}
