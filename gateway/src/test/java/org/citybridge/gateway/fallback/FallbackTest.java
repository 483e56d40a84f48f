package org.citybridge.gateway.fallback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.citybridge.gateway.requestid.RequestId;
import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.DownstreamStub;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import static org.assertj.core.api.Assertions.assertThat;

/** The events service is not running: nothing listens on its port. */
class FallbackTest extends GatewayIntegrationTest {

    private static final int CLOSED_PORT = closedPort();

    // The typed property itself: the base class's EVENTS_URL would win over one set here under the same name.
    @DynamicPropertySource
    static void eventsIsDown(DynamicPropertyRegistry registry) {
        registry.add("citybridge.services.events", () -> "http://127.0.0.1:" + CLOSED_PORT);
    }

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @Test
    void anUnreachableServiceAnswers503ProblemQuickly() {
        long start = System.nanoTime();

        EntityExchangeResult<byte[]> result = client.get().uri("/api/congresses/c-1")
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("events is not reachable right now; try again shortly")
                .jsonPath("$.instance").isEqualTo("/api/congresses/c-1")
                .returnResult();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        String requestId = result.getResponseHeaders().getFirst(RequestId.HEADER);
        assertThat(requestId).isNotBlank();
        assertThat(new String(result.getResponseBody())).contains("\"requestId\":\"" + requestId + "\"");
    }

    @Test
    void anonymousPublicCallsGetTheSameAnswer() {
        client.post().uri("/api/congresses/c-1/registrations")
                .header(HttpHeaders.ACCEPT, "application/pdf")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Ada\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody().jsonPath("$.instance").isEqualTo("/api/congresses/c-1/registrations");
    }

    @Test
    void repeatedFailuresOpenOnlyThatServicesBreaker() {
        String token = Downstreams.TOKENS.valid();
        for (int i = 0; i < 12; i++) {
            client.get().uri("/api/venues/v-" + i)
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .exchange()
                    .expectStatus().isEqualTo(503);
        }

        assertThat(breaker("events").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        // An open breaker answers without trying the service, with the same problem.
        client.get().uri("/api/venues/v-open")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody().jsonPath("$.detail").isEqualTo("events is not reachable right now; try again shortly");

        client.get().uri("/api/organisations")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(DownstreamStub.STUB_HEADER, Downstream.ORGANISATIONS.serviceName());
        assertThat(breaker("organisations").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void healthStaysUpWhileAServiceIsDown() {
        client.get().uri("/api/congresses")
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .exchange()
                .expectStatus().isEqualTo(503);

        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void unknownFallbacksAreNotFound() {
        client.get().uri("/fallback/nonsense")
                .exchange()
                .expectStatus().isNotFound();
    }

    /** The fallbacks are the breakers' own forwards: asked for from outside, they are not there. */
    @ParameterizedTest(name = "{0} /fallback/{1}")
    @CsvSource({"GET, events", "POST, events", "GET, organisations", "DELETE, identity"})
    void aFallbackAskedForFromOutsideIsNotFound(String method, String service) {
        client.method(HttpMethod.valueOf(method)).uri("/fallback/" + service)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/fallback/" + service)
                .jsonPath("$.requestId").isNotEmpty();
    }

    private CircuitBreaker breaker(String name) {
        return circuitBreakers.getCircuitBreakerRegistry().find(name).orElseThrow();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
