package org.citybridge.gateway.security;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.citybridge.gateway.test.StoppableIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway while identity, which publishes the token keys, is away (issue 9): known keys keep working past
 * the cache lifetime, forged key ids are 401 without a key-set fetch each, a token without exp is 401, and a
 * token that cannot be checked is 503 problem+json with Retry-After, never a 500.
 */
class IdentityOutageTest extends GatewayIntegrationTest {

    private static final StoppableIdentity IDENTITY = StoppableIdentity.publishing(Downstreams.TOKENS);
    private static final Duration CACHE_LIFETIME = Duration.ofSeconds(2);

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("citybridge.security.jwk-set-uri", IDENTITY::jwkSetUri);
        registry.add("citybridge.security.jwks.cache-lifetime", CACHE_LIFETIME::toString);
        registry.add("citybridge.security.jwks.refresh-ahead", () -> "200ms");
        registry.add("citybridge.security.jwks.min-refresh-interval", () -> "1s");
        registry.add("citybridge.security.jwks.connect-timeout", () -> "1s");
        registry.add("citybridge.security.jwks.read-timeout", () -> "2s");
        registry.add("citybridge.security.jwks.retry-after", () -> "2s");
    }

    /** Identity up, and the gateway has noticed: an unknown key id is a plain 401 again. */
    @BeforeEach
    void identityIsUp() {
        IDENTITY.restart();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(Downstreams.TOKENS.withKeyId(UUID.randomUUID().toString())) == 401);
    }

    @AfterEach
    void restartIdentity() {
        IDENTITY.restart();
    }

    @Test
    void tokensWithKnownKeysKeepWorkingWhileIdentityIsDownLongerThanTheCacheLifetime() {
        String token = Downstreams.TOKENS.valid();
        assertThat(status(token)).isEqualTo(200);

        IDENTITY.stop();

        await().during(CACHE_LIFETIME.multipliedBy(3)).atMost(CACHE_LIFETIME.multipliedBy(6))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> status(token) == 200);
    }

    @Test
    void forgedKeyIdsAre401WithoutAKeySetFetchEach() {
        IDENTITY.resetFetches();
        long started = System.nanoTime();

        for (int i = 0; i < 200; i++) {
            client.get().uri("/api/actions/" + UUID.randomUUID())
                    .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.withKeyId(UUID.randomUUID().toString())))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        // One refresh a second for unknown keys plus the background refresh of a two-second cache; the finding
        // was one fetch per forged token.
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1;
        assertThat(IDENTITY.fetches()).isLessThanOrEqualTo((int) (2 * seconds + 2));
    }

    @Test
    void aTokenWithoutExpiryIs401() {
        client.get().uri("/api/actions/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.withoutExpiry()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void anUnknownKeyWhileIdentityIsDownIs503WithRetryAfter() {
        IDENTITY.stop();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(Downstreams.TOKENS.withKeyId(UUID.randomUUID().toString())) != 401);

        client.get().uri("/api/actions/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.withKeyId(UUID.randomUUID().toString())))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "2")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("cannot be checked"));
    }

    private int status(String token) {
        return client.get().uri("/api/actions/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                // The body read to its end, so that no buffer is left unreleased.
                .expectBody().returnResult()
                .getStatus().value();
    }
}
