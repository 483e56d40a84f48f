package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.StoppableIssuer;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service while identity, which publishes the token keys, is away (issue 9): known keys keep working
 * past the cache lifetime, forged key ids are 401 without a key-set fetch each, a token without exp is
 * 401, and a token that cannot be checked is 503 problem+json with Retry-After, never a 500.
 */
@StackTest
class IdentityOutageIT {

    private static final StoppableIssuer IDENTITY = StoppableIssuer.start();
    private static final Duration CACHE_LIFETIME = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwkSetUri);
        registry.add("citybridge.security.jwks.cache-lifetime", CACHE_LIFETIME::toString);
        registry.add("citybridge.security.jwks.refresh-ahead", () -> "200ms");
        registry.add("citybridge.security.jwks.min-refresh-interval", () -> "500ms");
        registry.add("citybridge.security.jwks.connect-timeout", () -> "1s");
        registry.add("citybridge.security.jwks.read-timeout", () -> "2s");
        registry.add("citybridge.security.jwks.retry-after", () -> "2s");
    }

    /** Identity up, and the service has noticed: an unknown key id is a plain 401 again. */
    @BeforeEach
    void identityIsUp() {
        IDENTITY.restart();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(
                () -> api().get("/widgets/none", TestTokens.withUnknownKeyId("almelo")).statusCode() == 401);
    }

    @AfterEach
    void restartIdentity() {
        IDENTITY.restart();
    }

    @Test
    void tokensWithKnownKeysKeepWorkingWhileIdentityIsDownLongerThanTheCacheLifetime() {
        String token = TestTokens.officer("almelo");
        String widget = createWidget(token);

        IDENTITY.stop();

        await().during(CACHE_LIFETIME.multipliedBy(3)).atMost(CACHE_LIFETIME.multipliedBy(6))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api().get("/widgets/" + widget, token).statusCode() == 200);
    }

    @Test
    void forgedKeyIdsAre401WithoutAKeySetFetchEach() throws Exception {
        IDENTITY.resetFetches();
        long started = System.nanoTime();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> responses = IntStream.range(0, 200)
                    .mapToObj(i -> clients.submit(() -> api().get("/widgets/none",
                            TestTokens.withUnknownKeyId("almelo"))))
                    .toList();
            for (Future<HttpResponse<String>> response : responses) {
                assertProblem(response.get(), 401);
                assertThat(response.get().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            }
        } finally {
            clients.shutdownNow();
        }

        // One refresh per 500 ms for unknown keys plus the background refresh of a one-second cache; the
        // finding was one fetch per forged token.
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1;
        assertThat(IDENTITY.fetches()).isLessThanOrEqualTo((int) (4 * seconds + 1));
    }

    @Test
    void aTokenWithoutExpiryIs401() {
        assertProblem(api().get("/widgets/none", TestTokens.withoutExpiry("almelo")), 401);
    }

    @Test
    void anUnknownKeyWhileIdentityIsDownIs503WithRetryAfter() {
        IDENTITY.stop();

        HttpResponse<String> response = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> api().get("/widgets/none", TestTokens.withUnknownKeyId("almelo")),
                        answer -> answer.statusCode() != 401);

        assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(response.body()).contains("cannot be checked");
    }

    private String createWidget(String token) {
        HttpResponse<String> created = api().post("/widgets", "{\"name\":\"outage\"}", token);
        assertThat(created.statusCode()).isEqualTo(201);
        return EventJson.mapper().readTree(created.body()).get("id").asString();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(EventJson.mapper().readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
