package org.citybridge.gateway.routing;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.citybridge.gateway.test.DownstreamStub;
import org.citybridge.gateway.test.DownstreamStub.RecordedRequest;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends GatewayIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    static Stream<Arguments> apiPaths() {
        return Stream.of(
                Arguments.of("/api/municipalities", Downstream.ORGANISATIONS),
                Arguments.of("/api/municipalities/utrecht", Downstream.ORGANISATIONS),
                Arguments.of("/api/organisations", Downstream.ORGANISATIONS),
                Arguments.of("/api/organisations/o-1/members", Downstream.ORGANISATIONS),
                Arguments.of("/api/pacts", Downstream.ORGANISATIONS),
                Arguments.of("/api/pacts/p-1", Downstream.ORGANISATIONS),
                Arguments.of("/api/visions/v-1/public/contributions", Downstream.ORGANISATIONS),
                Arguments.of("/api/programmes", Downstream.ACTIONS),
                Arguments.of("/api/programmes/pr-1", Downstream.ACTIONS),
                Arguments.of("/api/actions", Downstream.ACTIONS),
                Arguments.of("/api/actions/a-1/steps", Downstream.ACTIONS),
                Arguments.of("/api/indicators/i-1/measurements", Downstream.ACTIONS),
                Arguments.of("/api/shared-indicators/subsidised-associations/chart.png", Downstream.ACTIONS),
                Arguments.of("/api/reports/r-1/pdf", Downstream.ACTIONS),
                Arguments.of("/api/practices", Downstream.KNOWLEDGE),
                Arguments.of("/api/practices/pr-1", Downstream.KNOWLEDGE),
                Arguments.of("/api/themes", Downstream.KNOWLEDGE),
                Arguments.of("/api/questions", Downstream.KNOWLEDGE),
                Arguments.of("/api/questions/q-1/answers", Downstream.KNOWLEDGE),
                Arguments.of("/api/bridge-groups", Downstream.KNOWLEDGE),
                Arguments.of("/api/bridge-groups/g-1", Downstream.KNOWLEDGE),
                Arguments.of("/api/handbooks", Downstream.KNOWLEDGE),
                Arguments.of("/api/handbooks/h-1/chapters/2", Downstream.KNOWLEDGE),
                Arguments.of("/api/handbooks/h-1/editions/1.pdf", Downstream.KNOWLEDGE),
                Arguments.of("/api/studies", Downstream.KNOWLEDGE),
                Arguments.of("/api/studies/s-1", Downstream.KNOWLEDGE),
                Arguments.of("/api/congresses", Downstream.EVENTS),
                Arguments.of("/api/congresses/c-1", Downstream.EVENTS),
                Arguments.of("/api/registrations", Downstream.EVENTS),
                Arguments.of("/api/registrations/r-1", Downstream.EVENTS),
                Arguments.of("/api/venues", Downstream.EVENTS),
                Arguments.of("/api/venues/v-1/rooms", Downstream.EVENTS));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("apiPaths")
    void apiPathsReachTheirServiceUnchanged(String path, Downstream expected) {
        String query = "probe=" + UUID.randomUUID();
        String token = Downstreams.TOKENS.valid();

        client.get().uri(path + "?" + query)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(DownstreamStub.STUB_HEADER, expected.serviceName());

        RecordedRequest received = Downstreams.stub(expected).requestWithQuery(query).orElseThrow();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
        Arrays.stream(Downstream.values()).filter(other -> other != expected)
                .forEach(other -> assertThat(Downstreams.stub(other).requestWithQuery(query)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oauth2/authorize", "/oauth2/token", "/login", "/logout", "/.well-known/openid-configuration",
            "/userinfo", "/connect/register", "/default-ui.css"})
    void identityPathsReachIdentityWithoutAToken(String path) {
        String query = "probe=" + UUID.randomUUID();

        client.get().uri(path + "?" + query)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(DownstreamStub.STUB_HEADER, "identity");

        assertThat(Downstreams.stub(Downstream.IDENTITY).requestWithQuery(query).orElseThrow().path()).isEqualTo(path);
    }

    @Test
    void formPostsToIdentityAreNotInterceptedByTheGatewaysOwnSecurity() {
        String query = "probe=" + UUID.randomUUID();

        client.post().uri("/logout?" + query)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=abc")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(DownstreamStub.STUB_HEADER, "identity");

        RecordedRequest received = Downstreams.stub(Downstream.IDENTITY).requestWithQuery(query).orElseThrow();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo("_csrf=abc");
    }

    @Test
    void identitySeesTheGatewaysAddressAndNotWhatTheClientClaims() {
        String query = "probe=" + UUID.randomUUID();

        client.get().uri("/.well-known/openid-configuration?" + query)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "host=evil.example;proto=https")
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = Downstreams.stub(Downstream.IDENTITY).requestWithQuery(query).orElseThrow();
        String gateway = "localhost:" + port;
        assertThat(received.header(HttpHeaders.HOST)).isEqualTo(gateway);
        assertThat(received.headerValues("X-Forwarded-Host")).containsExactly(gateway);
        assertThat(received.headerValues("X-Forwarded-Proto")).containsExactly("http");
        assertThat(received.headerValues("X-Forwarded-Port")).containsExactly(String.valueOf(port));
        assertThat(received.header("X-Forwarded-Prefix")).isNull();
        assertThat(received.header("Forwarded")).isNull();
    }

    @Test
    void thePagesSeeOnlyTheAddressTheGatewaySawAsTheBrowsers() {
        String query = "probe=" + UUID.randomUUID();

        // The pages pass this address on to the API, where the gateway counts their anonymous writes by it: what a
        // client claims must not reach them.
        client.get().uri("/congresses/some-congress?" + query)
                .header("X-Forwarded-For", "198.51.100.77")
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = Downstreams.stub(Downstream.WEB).requestWithQuery(query).orElseThrow();
        assertThat(received.headerValues("X-Forwarded-For")).containsExactly("127.0.0.1");
    }

    @Test
    void identityJudgesItsOwnTokens() {
        String query = "probe=" + UUID.randomUUID();

        client.get().uri("/userinfo?" + query)
                .header(HttpHeaders.AUTHORIZATION, bearer("not-a-jwt"))
                .exchange()
                .expectStatus().isOk();

        assertThat(Downstreams.stub(Downstream.IDENTITY).requestWithQuery(query).orElseThrow()
                .header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer("not-a-jwt"));
    }

    @Test
    void serviceErrorsPassThroughUnchanged() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no such organisation\"}";
        Downstreams.stub(Downstream.ORGANISATIONS).respond("/api/organisations/missing", 404, "application/problem+json", problem);

        client.get().uri("/api/organisations/missing")
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(problem, true);
    }

    @Test
    void clientErrorsDoNotOpenTheBreaker() {
        String invalid = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"name is required\"}";
        Downstreams.stub(Downstream.KNOWLEDGE).respond("/api/practices/invalid", 400, "application/problem+json", invalid);
        String token = Downstreams.TOKENS.valid();

        for (int i = 0; i < 20; i++) {
            client.method(HttpMethod.POST).uri("/api/practices/invalid")
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().json(invalid, true);
        }
        client.get().uri("/api/practices/p-1")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk();

        CircuitBreaker breaker = circuitBreakers.getCircuitBreakerRegistry().find("knowledge").orElseThrow();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isPositive();
    }

    @Test
    void aSlowButWorkingServiceIsWaitedFor() {
        // Longer than Resilience4j's default 1 s time limit, which would cut this off with a 503.
        Downstreams.stub(Downstream.ACTIONS).respondAfter("/api/actions/slow", Duration.ofMillis(1500));

        client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri("/api/actions/slow")
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(DownstreamStub.STUB_HEADER, "actions");
    }

    @Test
    void breakersUseTheConfiguredLimits() {
        CircuitBreaker breaker = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("organisations");
        assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(20);
        assertThat(breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(10);
        assertThat(circuitBreakers.getTimeLimiterRegistry().getDefaultConfig().getTimeoutDuration())
                .isEqualTo(Duration.ofSeconds(35));
    }

    @Test
    void healthIsUpWithoutAToken() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
