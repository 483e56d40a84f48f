package org.citybridge.gateway.ratelimit;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.citybridge.gateway.test.ManualTicker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.gateway.ratelimit.RateLimitWebFilter.LIMIT_HEADER;
import static org.citybridge.gateway.ratelimit.RateLimitWebFilter.REMAINING_HEADER;

/**
 * Limits set by configuration, and X-Forwarded-For left untrusted (the default) and no trusted forwarder (the
 * test client connects over loopback, which the default trusts as the pages' address): every anonymous request
 * here comes from 127.0.0.1, whatever it claims.
 */
@TestPropertySource(properties = {
        "citybridge.gateway.rate-limits.trusted-forwarders=",
        "citybridge.gateway.rate-limits.anonymous-read.burst=3",
        "citybridge.gateway.rate-limits.anonymous-write.requests=2",
        "citybridge.gateway.rate-limits.anonymous-write.per=1h",
        "citybridge.gateway.rate-limits.anonymous-write.burst=1",
        "citybridge.gateway.rate-limits.authenticated.burst=5",
        "citybridge.gateway.rate-limits.identity.burst=2",
        "citybridge.gateway.rate-limits.identity-paths=/oauth2/token"})
class RateLimitOverridesTest extends GatewayIntegrationTest {

    private static final ManualTicker TIME = new ManualTicker();

    @TestBean(enforceOverride = true)
    Ticker rateLimitTicker;

    static Ticker rateLimitTicker() {
        return TIME;
    }

    // All tests share 127.0.0.1's buckets; a day later every one of them is full again.
    @BeforeEach
    void everyBucketIsFull() {
        TIME.advance(Duration.ofDays(1));
    }

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        String path = "/api/pacts/" + UUID.randomUUID() + "/pdf";

        for (int i = 1; i <= 3; i++) {
            anonymousGet(path, "203.0.113." + i)
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(LIMIT_HEADER, "3")
                    .expectHeader().valueEquals(REMAINING_HEADER, String.valueOf(3 - i));
        }
        anonymousGet(path, "203.0.113.4").expectStatus().isEqualTo(429);

        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).countRequestsTo(path)).isEqualTo(3);
    }

    @Test
    void aPolicyTakesTheConfiguredValuesAndKeepsItsOtherDefaults() {
        String path = "/api/pacts/" + UUID.randomUUID() + "/signatories";
        for (int i = 0; i < 3; i++) {
            anonymousGet(path, null).expectStatus().isOk();
        }
        anonymousGet(path, null).expectStatus().isEqualTo(429);

        // Only the burst was changed: the refill is still the default 20 per second.
        TIME.advance(Duration.ofMillis(50));
        anonymousGet(path, null).expectStatus().isOk();
    }

    @Test
    void registrationsFollowTheConfiguredRate() {
        String path = "/api/congresses/" + UUID.randomUUID() + "/registrations";

        register(path).expectStatus().isOk().expectHeader().valueEquals(LIMIT_HEADER, "1");
        // Two per hour: the next in half an hour.
        register(path)
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1800");

        assertThat(Downstreams.stub(Downstream.EVENTS).countRequestsTo(path)).isEqualTo(1);
    }

    @Test
    void authenticatedCallersGetTheConfiguredBurst() {
        String token = Downstreams.TOKENS.validFor("carol-" + UUID.randomUUID());
        String path = "/api/programmes/" + UUID.randomUUID();

        for (int i = 0; i < 5; i++) {
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(LIMIT_HEADER, "5");
        }
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange()
                .expectStatus().isEqualTo(429);

        assertThat(Downstreams.stub(Downstream.ACTIONS).countRequestsTo(path)).isEqualTo(5);
    }

    @Test
    void theIdentityPathsAreConfigurable() {
        for (int i = 0; i < 2; i++) {
            token().expectStatus().isOk().expectHeader().valueEquals(LIMIT_HEADER, "2");
        }
        token().expectStatus().isEqualTo(429);

        // No longer an identity path: /login now counts as an ordinary anonymous read.
        client.get().uri("/login").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(LIMIT_HEADER, "3");
    }

    private ResponseSpec anonymousGet(String path, String forwardedFor) {
        return client.get().uri(path)
                .headers(headers -> {
                    if (forwardedFor != null) {
                        headers.set(ClientAddresses.X_FORWARDED_FOR, forwardedFor);
                    }
                })
                .exchange();
    }

    private ResponseSpec register(String path) {
        return client.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Ada\"}")
                .exchange();
    }

    private ResponseSpec token() {
        return client.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange();
    }
}
