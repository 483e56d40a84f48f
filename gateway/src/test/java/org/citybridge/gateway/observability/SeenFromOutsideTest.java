package org.citybridge.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.DownstreamStub.RecordedRequest;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The suite seen from outside through the gateway: one Swagger UI for the whole API, metrics, trace context. */
class SeenFromOutsideTest extends GatewayIntegrationTest {

    @Test
    void eachServicesApiDocumentIsServedWithoutATokenFromTheServicesOwnPath() {
        Downstreams.stub(Downstream.ORGANISATIONS).respond("/v3/api-docs", 200, "application/json",
                "{\"openapi\":\"3.1.0\",\"paths\":{}}");

        client.get().uri("/api-docs/organisations").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"openapi\":\"3.1.0\""));

        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).lastRequestTo("/v3/api-docs")).isPresent();
    }

    @Test
    void oneSwaggerUiListsEveryService() {
        client.get().uri("/swagger-ui").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(config -> assertThat(config)
                        .contains("/api-docs/organisations", "/api-docs/actions", "/api-docs/knowledge",
                                "/api-docs/events"));
    }

    @Test
    void prometheusAnswersThisMachineAndTheGatewayMetersItsRoutes() {
        client.get().uri("/api/organisations/metered").header(HttpHeaders.AUTHORIZATION,
                bearer(Downstreams.TOKENS.valid())).exchange();

        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("http_server_requests_seconds_count")
                        .contains("resilience4j_circuitbreaker_state"));
    }

    @Test
    void theW3cTraceContextGoesOnToTheService() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String query = "trace=" + traceId;

        client.get().uri("/api/organisations?" + query)
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isEqualTo(HttpStatus.OK);

        RecordedRequest received = Downstreams.stub(Downstream.ORGANISATIONS).requestWithQuery(query).orElseThrow();
        assertThat(received.header("traceparent")).startsWith("00-" + traceId + "-");
    }
}
