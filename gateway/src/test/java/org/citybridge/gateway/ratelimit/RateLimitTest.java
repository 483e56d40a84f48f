package org.citybridge.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import org.citybridge.gateway.requestid.RequestId;
import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.citybridge.gateway.test.LogCapture;
import org.citybridge.gateway.test.ManualTicker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.gateway.ratelimit.RateLimitWebFilter.LIMIT_HEADER;
import static org.citybridge.gateway.ratelimit.RateLimitWebFilter.REMAINING_HEADER;

/**
 * The default limits, with X-Forwarded-For trusted so each test can be its own client address, and a clock
 * that stands still unless a test moves it: no request is let through by a refill the test did not ask for.
 */
@TestPropertySource(properties = "citybridge.gateway.rate-limits.trust-forwarded-for=true")
class RateLimitTest extends GatewayIntegrationTest {

    private static final ManualTicker TIME = new ManualTicker();

    @TestBean(enforceOverride = true)
    Ticker rateLimitTicker;

    @Autowired
    RateLimitRefusals refusals;

    static Ticker rateLimitTicker() {
        return TIME;
    }

    @Test
    void anAnonymousClientGetsItsBurstThenA429ProblemAndTheServiceSeesNoMore() {
        String address = "203.0.113.10";
        String path = "/api/pacts/" + UUID.randomUUID() + "/signatories";

        for (int i = 1; i <= 40; i++) {
            anonymousGet(path, address)
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(LIMIT_HEADER, "40")
                    .expectHeader().valueEquals(REMAINING_HEADER, String.valueOf(40 - i));
        }
        EntityExchangeResult<byte[]> limited = anonymousGet(path, address)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectHeader().valueEquals(LIMIT_HEADER, "40")
                .expectHeader().valueEquals(REMAINING_HEADER, "0")
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Too Many Requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").isEqualTo("Too many requests; try again in 1 second.")
                .jsonPath("$.instance").isEqualTo(path)
                .returnResult();

        String requestId = limited.getResponseHeaders().getFirst(RequestId.HEADER);
        assertThat(requestId).isNotBlank();
        assertThat(new String(limited.getResponseBody())).contains("\"requestId\":\"" + requestId + "\"");
        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).countRequestsTo(path)).isEqualTo(40);
    }

    @Test
    void anonymousRegistrationsHaveTheirOwnStricterLimit() {
        String address = "203.0.113.11";
        String path = "/api/congresses/" + UUID.randomUUID() + "/registrations";

        for (int i = 1; i <= 10; i++) {
            register(path, address).expectStatus().isOk()
                    .expectHeader().valueEquals(LIMIT_HEADER, "10")
                    .expectHeader().valueEquals(REMAINING_HEADER, String.valueOf(10 - i));
        }
        // Ten per minute: the next one is due in six seconds.
        register(path, address)
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "6")
                .expectBody().jsonPath("$.detail").isEqualTo("Too many requests; try again in 6 seconds.");

        assertThat(Downstreams.stub(Downstream.EVENTS).countRequestsTo(path)).isEqualTo(10);
        // Reading is a separate bucket: the client can still look at public pages.
        anonymousGet("/api/congresses/public/upcoming", address).expectStatus().isOk()
                .expectHeader().valueEquals(REMAINING_HEADER, "39");
    }

    @Test
    void aRegistrationsManagementByItsHolderPassesAnonymouslyAndCountsAsAnonymousWrites() {
        String address = "203.0.113.12";
        String path = "/api/registrations/" + UUID.randomUUID();

        for (int i = 1; i <= 10; i++) {
            client.delete().uri(path).header(ClientAddresses.X_FORWARDED_FOR, address)
                    .header("X-Registration-Token", "token").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(REMAINING_HEADER, String.valueOf(10 - i));
        }
        client.delete().uri(path).header(ClientAddresses.X_FORWARDED_FOR, address).exchange()
                .expectStatus().isEqualTo(429);
        assertThat(Downstreams.stub(Downstream.EVENTS).countRequestsTo(path)).isEqualTo(10);
    }

    @Test
    void eachClientAddressHasItsOwnBucket() {
        String path = "/api/practices/public/" + UUID.randomUUID();
        exhaustAnonymousReads(path, "203.0.113.20");

        anonymousGet(path, "203.0.113.20").expectStatus().isEqualTo(429);
        anonymousGet(path, "203.0.113.21").expectStatus().isOk()
                .expectHeader().valueEquals(REMAINING_HEADER, "39");
        // An entry the client writes in front of the proxy's own does not make it someone else.
        anonymousGet(path, "198.51.100.99, 203.0.113.20").expectStatus().isEqualTo(429);

        assertThat(Downstreams.stub(Downstream.KNOWLEDGE).countRequestsTo(path)).isEqualTo(41);
    }

    @Test
    void eachTokenSubjectHasItsOwnBucketWhateverTheAddress() {
        String alice = Downstreams.TOKENS.validFor("alice-" + UUID.randomUUID());
        String bob = Downstreams.TOKENS.validFor("bob-" + UUID.randomUUID());
        String path = "/api/organisations/" + UUID.randomUUID();

        for (int i = 1; i <= 100; i++) {
            // A new address for every request: a token holder is one client wherever it calls from.
            authenticatedGet(path, alice, "198.51.100." + i)
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(LIMIT_HEADER, "100")
                    .expectHeader().valueEquals(REMAINING_HEADER, String.valueOf(100 - i));
        }
        authenticatedGet(path, alice, "198.51.100.200")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody().jsonPath("$.title").isEqualTo("Too Many Requests");
        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).countRequestsTo(path)).isEqualTo(100);

        authenticatedGet(path, bob, "198.51.100.200")
                .expectStatus().isOk()
                .expectHeader().valueEquals(REMAINING_HEADER, "99");
    }

    @Test
    void loginAndTokenRequestsShareAStricterBucketPerAddress() {
        String address = "203.0.113.30";
        String probe = "probe=" + UUID.randomUUID();

        for (int i = 1; i <= 20; i++) {
            client.post().uri("/login?" + probe)
                    .header(ClientAddresses.X_FORWARDED_FOR, address)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("username=officer%40almelo&password=guess-" + i)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(LIMIT_HEADER, "20");
        }
        client.post().uri("/oauth2/token?" + probe)
                .header(ClientAddresses.X_FORWARDED_FOR, address)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=authorization_code&code=guess")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");

        assertThat(Downstreams.stub(Downstream.IDENTITY).countRequestsWithQuery(probe)).isEqualTo(20);
        // Identity's other pages count as ordinary reads.
        anonymousGet("/.well-known/openid-configuration", address).expectStatus().isOk();
    }

    @Test
    void aLimitedClientIsLetThroughAgainAsTheBucketRefills() {
        String address = "203.0.113.40";
        String path = "/api/congresses/" + UUID.randomUUID() + "/registrations";
        for (int i = 0; i < 10; i++) {
            register(path, address).expectStatus().isOk();
        }
        register(path, address).expectStatus().isEqualTo(429).expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "6");

        TIME.advance(Duration.ofSeconds(5));
        register(path, address).expectStatus().isEqualTo(429).expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1");

        TIME.advance(Duration.ofSeconds(1));
        register(path, address).expectStatus().isOk().expectHeader().valueEquals(REMAINING_HEADER, "0");
        register(path, address).expectStatus().isEqualTo(429);

        TIME.advance(Duration.ofMinutes(10));
        register(path, address).expectStatus().isOk().expectHeader().valueEquals(REMAINING_HEADER, "9");

        assertThat(Downstreams.stub(Downstream.EVENTS).countRequestsTo(path)).isEqualTo(12);
    }

    @Test
    void healthAndInfoAreNeverLimited() {
        String address = "203.0.113.50";
        exhaustAnonymousReads("/api/organisations/" + UUID.randomUUID() + "/logo", address);

        for (int i = 0; i < 60; i++) {
            anonymousGet("/actuator/health", address)
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist(REMAINING_HEADER);
        }
        anonymousGet("/actuator/info", address).expectStatus().isOk().expectHeader().doesNotExist(REMAINING_HEADER);
        anonymousGet("/actuator/health/liveness", address).expectHeader().doesNotExist(REMAINING_HEADER);
    }

    private void exhaustAnonymousReads(String path, String address) {
        for (int i = 0; i < 40; i++) {
            anonymousGet(path, address).expectStatus().isOk();
        }
        anonymousGet(path, address).expectStatus().isEqualTo(429);
    }

    @Test
    void aFloodOf429sIsLoggedAsASummaryPerClientNotALineEach() {
        String address = "203.0.113.130";
        String path = "/api/practices/public/" + UUID.randomUUID();
        try (LogCapture log = LogCapture.start()) {
            int refused = 0;
            for (int i = 0; i < 1_000; i++) {
                HttpStatusCode status = anonymousGet(path, address).returnResult(Void.class).getStatus();
                refused += status.value() == 429 ? 1 : 0;
            }
            refusals.flush();

            assertThat(refused).isEqualTo(960);
            List<ILoggingEvent> summaries = log.events(LogCapture.from(RateLimitRefusals.class.getName())
                    .and(event -> event.getFormattedMessage().contains(" from " + address + " ")));
            // The periodic summary may have fallen due in the middle of the flood: then the count is split in two.
            assertThat(summaries).hasSizeBetween(1, 2).allSatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).matches("\\d+ requests refused \\(429\\) from " + address.replace(".", "\\.")
                        + " in the last 60 s");
            });
            assertThat(summaries.stream().mapToInt(event -> Integer.parseInt(event.getFormattedMessage().split(" ")[0])).sum())
                    .isEqualTo(960);
            // The requests let through keep their access log line; the refused ones have none.
            List<ILoggingEvent> accessLines = log.events(LogCapture.from("org.citybridge.gateway.access")
                    .and(event -> event.getFormattedMessage().contains(path)));
            assertThat(accessLines).hasSize(40).allSatisfy(event -> assertThat(event.getFormattedMessage()).contains(" 200 "));
            assertThat(log.events()).hasSizeLessThan(100);
        }
    }

    @Test
    void refusalsFromMoreClientsThanTrackedAreSummedUpTogether() {
        RateLimitRefusals bounded = new RateLimitRefusals(Duration.ofHours(1), 2);
        try (LogCapture log = LogCapture.start()) {
            bounded.record("198.51.100.1");
            bounded.record("198.51.100.2");
            bounded.record("198.51.100.3");
            bounded.record("198.51.100.4");
            bounded.record("198.51.100.1");
            bounded.destroy();

            assertThat(log.events(LogCapture.from(RateLimitRefusals.class.getName())))
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactlyInAnyOrder("2 requests refused (429) from 198.51.100.1 in the last 3600 s",
                            "1 request refused (429) from 198.51.100.2 in the last 3600 s",
                            "2 requests refused (429) from other addresses in the last 3600 s");
        }
    }

    private ResponseSpec anonymousGet(String path, String forwardedFor) {
        return client.get().uri(path)
                .header(ClientAddresses.X_FORWARDED_FOR, forwardedFor)
                .exchange();
    }

    private ResponseSpec authenticatedGet(String path, String token, String forwardedFor) {
        return client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header(ClientAddresses.X_FORWARDED_FOR, forwardedFor)
                .exchange();
    }

    private ResponseSpec register(String path, String forwardedFor) {
        return client.post().uri(path)
                .header(ClientAddresses.X_FORWARDED_FOR, forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Ada\"}")
                .exchange();
    }
}
