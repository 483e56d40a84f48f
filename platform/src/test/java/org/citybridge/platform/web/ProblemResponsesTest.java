package org.citybridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The refusals the security filters write before any controller runs. */
class ProblemResponsesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemResponses problems = new ProblemResponses(json);

    @Test
    void a401TellsTheClientToBringABearerToken() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        problems.unauthorized(new MockHttpServletRequest("GET", "/widgets"), response, new BadCredentialsException("x"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("title").asText()).isEqualTo("Unauthorized");
        assertThat(body.get("instance").asText()).isEqualTo("/widgets");
        assertThat(body.get("detail").asText()).isEqualTo("A valid access token is required.");
    }

    @Test
    void a403SaysTheRoleDoesNotAllowIt() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        problems.forbidden(new MockHttpServletRequest("POST", "/widgets"), response, new AccessDeniedException("x"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(json.readTree(response.getContentAsString()).get("detail").asText())
                .isEqualTo("Your role does not allow this operation.");
    }
}
