package org.citybridge.gateway.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PathPatternsTest {

    @Test
    void anyOfThePathsMatchesWhateverTheMethod() {
        PathPatterns patterns = PathPatterns.of("/login", "/oauth2/**");

        assertThat(patterns.matches(MockServerHttpRequest.get("/login").build())).isTrue();
        assertThat(patterns.matches(MockServerHttpRequest.post("/oauth2/token").build())).isTrue();
        assertThat(patterns.matches(MockServerHttpRequest.get("/oauth2").build())).isTrue();
        assertThat(patterns.matches(MockServerHttpRequest.get("/login/other").build())).isFalse();
        assertThat(patterns.matches(MockServerHttpRequest.get("/api/organisations").build())).isFalse();
    }

    @Test
    void anEndpointMatchesOnlyItsOwnMethod() {
        PathPatterns patterns = PathPatterns.of(List.of(
                new PublicEndpoint(HttpMethod.GET, "/api/pacts/*/signatories"),
                new PublicEndpoint(HttpMethod.POST, "/api/congresses/*/registrations")));

        assertThat(patterns.matches(MockServerHttpRequest.get("/api/pacts/p-1/signatories").build())).isTrue();
        assertThat(patterns.matches(MockServerHttpRequest.delete("/api/pacts/p-1/signatories").build())).isFalse();
        assertThat(patterns.matches(MockServerHttpRequest.post("/api/congresses/c-1/registrations").build())).isTrue();
        assertThat(patterns.matches(MockServerHttpRequest.get("/api/congresses/c-1/registrations").build())).isFalse();
        assertThat(patterns.matches(MockServerHttpRequest.get("/api/pacts/p-1/signatories/s-1").build())).isFalse();
    }

    @Test
    void aTrailingSlashIsAnotherPath() {
        PathPatterns patterns = PathPatterns.of("/actuator/health");

        assertThat(patterns.matches(MockServerHttpRequest.get("/actuator/health/").build())).isFalse();
    }
}
