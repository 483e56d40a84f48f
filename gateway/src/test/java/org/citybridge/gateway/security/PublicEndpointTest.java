package org.citybridge.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicEndpointTest {

    @Test
    void parsesMethodAndPattern() {
        assertThat(PublicEndpoint.parse("  post   /api/congresses/*/registrations "))
                .isEqualTo(new PublicEndpoint(HttpMethod.POST, "/api/congresses/*/registrations"));
    }

    @Test
    void printsTheWayItIsWritten() {
        assertThat(PublicEndpoint.parse("GET /api/pacts/*/pdf")).hasToString("GET /api/pacts/*/pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/api/pacts", "GET", "GET api/pacts", "GET /a /b"})
    void rejectsAnythingElse(String spec) {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicEndpoint.parse(spec));
    }
}
