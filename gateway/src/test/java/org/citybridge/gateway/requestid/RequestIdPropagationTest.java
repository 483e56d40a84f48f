package org.citybridge.gateway.requestid;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.DownstreamStub.RecordedRequest;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdPropagationTest extends GatewayIntegrationTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void generatedWhenAbsentAndSeenByTheServiceAndTheCaller() {
        String path = "/api/venues/" + UUID.randomUUID();

        String returned = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestId.HEADER);

        assertThat(returned).matches(UUID_PATTERN);
        assertThat(receivedBy(path).headerValues(RequestId.HEADER)).containsExactly(returned);
    }

    @Test
    void aValidSuppliedIdIsKept() {
        String supplied = "client-42_retry.3";
        String path = "/api/venues/" + UUID.randomUUID();

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .header(RequestId.HEADER, supplied)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(RequestId.HEADER, supplied);

        assertThat(receivedBy(path).headerValues(RequestId.HEADER)).containsExactly(supplied);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces in it", "semi;colon", "<script>", "a/b"})
    void anUnsafeSuppliedIdIsReplaced(String supplied) {
        String path = "/api/venues/" + UUID.randomUUID();

        String returned = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .header(RequestId.HEADER, supplied)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestId.HEADER);

        assertThat(returned).matches(UUID_PATTERN);
        assertThat(receivedBy(path).headerValues(RequestId.HEADER)).containsExactly(returned);
    }

    @Test
    void aVeryLongSuppliedIdIsReplaced() {
        String supplied = "a".repeat(200);
        String path = "/api/venues/" + UUID.randomUUID();

        String returned = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .header(RequestId.HEADER, supplied)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestId.HEADER);

        assertThat(returned).matches(UUID_PATTERN);
        assertThat(receivedBy(path).header(RequestId.HEADER)).isEqualTo(returned);
    }

    @Test
    void theGatewaysOwnAnswersCarryTheIdToo() {
        client.get().uri("/api/venues")
                .header(RequestId.HEADER, "rejected-call-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(RequestId.HEADER, "rejected-call-1")
                .expectBody().jsonPath("$.requestId").isEqualTo("rejected-call-1");
    }

    private static RecordedRequest receivedBy(String path) {
        return Downstreams.stub(Downstream.EVENTS).lastRequestTo(path).orElseThrow();
    }
}
