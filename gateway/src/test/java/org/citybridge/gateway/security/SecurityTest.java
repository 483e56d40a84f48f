package org.citybridge.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.citybridge.gateway.requestid.RequestId;
import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.DownstreamStub;
import org.citybridge.gateway.test.DownstreamStub.RecordedRequest;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.citybridge.gateway.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends GatewayIntegrationTest {

    @Test
    void noTokenIsRejectedWithAProblemAndABearerChallenge() {
        String path = "/api/organisations/" + UUID.randomUUID();

        EntityExchangeResult<byte[]> result = client.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo(path)
                .returnResult();

        String requestId = result.getResponseHeaders().getFirst(RequestId.HEADER);
        assertThat(new String(result.getResponseBody())).contains("\"requestId\":\"" + requestId + "\"");
        assertThat(Downstreams.stub(Downstream.ORGANISATIONS).countRequestsTo(path)).isZero();
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() {
        String forged = TestTokens.generate().valid();

        rejected(forged);
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        rejected(Downstreams.TOKENS.sign("http://elsewhere.test", Instant.now().plus(Duration.ofMinutes(5))));
    }

    @Test
    void expiredTokenIsRejected() {
        rejected(Downstreams.TOKENS.sign(TestTokens.ISSUER, Instant.now().minus(Duration.ofMinutes(5))));
    }

    @Test
    void somethingThatIsNoJwtIsRejected() {
        rejected("not-a-jwt");
    }

    @Test
    void validTokenIsForwardedWithTheRequest() {
        String token = Downstreams.TOKENS.valid();
        String path = "/api/actions/" + UUID.randomUUID();

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = Downstreams.stub(Downstream.ACTIONS).lastRequestTo(path).orElseThrow();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,  /api/pacts/p-1/signatories,           organisations",
            "GET,  /api/pacts/p-1/pdf,                   organisations",
            "GET,  /api/congresses/public/upcoming,      events",
            "GET,  /api/congresses/public/c-1/programme, events",
            "POST, /api/congresses/c-1/registrations,    events",
            "GET,  /api/registrations/r-1/badge,         events",
            "GET,  /api/registrations/r-1/ticket,        events",
            "GET,  /api/registrations/r-1/ticket.png,    events",
            "GET,  /api/practices/public/pr-1,           knowledge",
            "GET,  /api/themes,                          knowledge",
            "GET,  /api/organisations/o-1/logo,          organisations"})
    void publicEndpointsNeedNoToken(String method, String path, String service) {
        String query = "probe=" + UUID.randomUUID();

        client.method(HttpMethod.valueOf(method)).uri(path + "?" + query)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(DownstreamStub.STUB_HEADER, service);

        RecordedRequest received = Downstreams.stub(Downstream.byServiceName(service).orElseThrow())
                .requestWithQuery(query).orElseThrow();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DELETE, /api/pacts/p-1/signatories",
            "POST,   /api/pacts/p-1/pdf",
            "GET,    /api/congresses/c-1/registrations",
            "PUT,    /api/organisations/o-1/logo",
            "GET,    /api/pacts/p-1/signatories/s-1",
            "GET,    /api/congresses/c-1/ticket-keys",
            "GET,    /api/congresses/c-1"})
    void onlyTheListedMethodAndPathArePublic(String method, String path) {
        client.method(HttpMethod.valueOf(method)).uri(path)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    /** Every other path is the pages' (the web signs people in itself); the gateway's own unrouted ones stay closed. */
    @Test
    void pathsOutsideTheApiAreThePagesAndNeedNoToken() {
        String page = "/congresses/" + UUID.randomUUID();
        client.get().uri(page).exchange().expectStatus().isOk();

        assertThat(Downstreams.stub(Downstream.WEB).countRequestsTo(page)).isEqualTo(1);
    }

    @Test
    void theGatewaysOwnPathsAreNeverPages() {
        String unknownApi = "/api/secrets/" + UUID.randomUUID();
        client.get().uri(unknownApi).exchange().expectStatus().isUnauthorized();
        client.get().uri("/error").exchange().expectStatus().isUnauthorized();

        client.get().uri(unknownApi)
                .header(HttpHeaders.AUTHORIZATION, bearer(Downstreams.TOKENS.valid()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo(unknownApi);

        assertThat(Downstreams.stub(Downstream.WEB).countRequestsTo(unknownApi)).isZero();
        assertThat(Downstreams.stub(Downstream.WEB).countRequestsTo("/error")).isZero();
    }

    private void rejected(String token) {
        String path = "/api/practices/" + UUID.randomUUID();

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo(path);

        assertThat(Downstreams.stub(Downstream.KNOWLEDGE).countRequestsTo(path)).isZero();
    }
}
