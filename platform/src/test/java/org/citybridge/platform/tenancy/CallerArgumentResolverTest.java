package org.citybridge.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.security.SecurityProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.ServletWebRequest;

/** A handler's {@code Caller} parameter: who the token says, never who the request body says. */
class CallerArgumentResolverTest {

    private final CallerArgumentResolver resolver = new CallerArgumentResolver(
            new CallerFactory(new SecurityProperties(null, null)));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/widgets");

    @SuppressWarnings("unused")
    void handler(Caller caller, String name) {
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyCallerParametersAreResolved() throws Exception {
        Method method = getClass().getDeclaredMethod("handler", Caller.class, String.class);

        assertThat(resolver.supportsParameter(new MethodParameter(method, 0))).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(method, 1))).isFalse();
    }

    @Test
    void theCallerTheRouteCheckAlreadyReadIsReused() {
        Caller known = new Caller("anna", "almelo", Set.of(Role.OFFICER));
        request.setAttribute(Caller.class.getName(), known);

        assertThat(resolve()).isSameAs(known);
    }

    @Test
    void otherwiseTheTokenSaysWhoCalls() {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(Jwt.withTokenValue("t")
                .header("alg", "RS256").subject("bart").claim("municipality", "antwerpen")
                .claim("roles", List.of("organiser")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .build()));

        assertThat(resolve()).isEqualTo(new Caller("bart", "antwerpen", Set.of(Role.ORGANISER)));
    }

    @Test
    void withoutATokenTheCallerIsAnonymous() {
        assertThat(resolve().isAnonymous()).isTrue();
    }

    private Caller resolve() {
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }
}
