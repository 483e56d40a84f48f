package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.citybridge.devstack.MongoNode;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * MongoDB goes away under a running service: every request that needs it answers 503 problem+json
 * with Retry-After within seconds (whether it fails in a controller or in a filter before one),
 * health and readiness say DOWN as fast, and all is well again when MongoDB returns, without a
 * restart. This class has a MongoDB of its own, so that stopping it leaves the shared one alone.
 */
@StackTest
class MongoOutageIT {

    /** The default server selection timeout is 2 s: an answer within 5 s is an answer, not a hang. */
    private static final Duration FAST = Duration.ofSeconds(5);
    private static final MongoNode MONGO = MongoNode.inMemory(0);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownMongo(DynamicPropertyRegistry registry) {
        MONGO.start();
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @AfterEach
    void mongoBack() {
        MONGO.start();
    }

    @AfterAll
    static void stopMongo() {
        MONGO.stop();
    }

    @Test
    void requestsGet503WithRetryAfterWithinSecondsWhileMongoIsDown() {
        String created = id(post("/widgets", TestTokens.officer("almelo"), null));

        MONGO.stop();

        assertUnavailableFast(() -> get("/widgets/" + created, TestTokens.officer("almelo")));
        assertUnavailableFast(() -> post("/widgets", TestTokens.officer("almelo"), null));
        // The idempotency filter stores the key before any controller runs.
        assertUnavailableFast(() -> post("/widgets", TestTokens.officer("almelo"), UUID.randomUUID().toString()));
        // A municipality that is not a founding member is looked up by the membership filter.
        assertUnavailableFast(() -> get("/widgets/" + created, TestTokens.officer("enschede")));
    }

    @Test
    void healthAndReadinessSayDownWithinSecondsAndUpWhenMongoReturns() {
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        MONGO.stop();

        HttpResponse<String> health = answeredFast(() -> get("/actuator/health", null));
        for (int probe = 0; probe < 5; probe++) {
            answeredFast(() -> get("/actuator/health/readiness", null));
        }
        root.detachAppender(log);
        List<ILoggingEvent> healthLines = log.list.stream()
                .filter(event -> event.getLoggerName().contains("health")).toList();
        assertThat(healthLines).as("probes every few seconds must not flood the log during an outage")
                .hasSize(1).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
        HttpResponse<String> readiness = answeredFast(() -> get("/actuator/health/readiness", null));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        assertThat(get("/actuator/health/liveness", null).statusCode())
                .as("alive: restarting the service would not bring MongoDB back").isEqualTo(200);

        MONGO.start();

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/actuator/health/readiness", null).statusCode() == 200);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        HttpResponse<String> afterwards = post("/widgets", TestTokens.officer("almelo"), UUID.randomUUID().toString());
        assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(201);
    }

    private static void assertUnavailableFast(Supplier<HttpResponse<String>> request) {
        HttpResponse<String> response = answeredFast(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"status\":503").contains("requestId");
    }

    private static HttpResponse<String> answeredFast(Supplier<HttpResponse<String>> request) {
        long asked = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered, not hung: %s", response.body())
                .isLessThan(FAST);
        return response;
    }

    private HttpResponse<String> get(String path, String token) {
        return ApiClient.onPort(port).get(path, token);
    }

    private HttpResponse<String> post(String path, String token, String idempotencyKey) {
        ApiClient api = ApiClient.onPort(port);
        HttpRequest.Builder request = api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"outage\"}"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api.send(request);
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }
}
