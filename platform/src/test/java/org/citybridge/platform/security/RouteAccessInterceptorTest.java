package org.citybridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.CallerFactory;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.ProblemResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;

import tools.jackson.databind.json.JsonMapper;

/** Every route answers as its declaration says, before its handler runs. */
class RouteAccessInterceptorTest {

    @Allowed(Role.OFFICER)
    static class Widgets {

        public void list() {
        }

        @Allowed({Role.ORGANISER, Role.ADMIN})
        public void plan() {
        }

        @PublicRoute
        public void brochure() {
        }
    }

    static class Undeclared {

        public void anything() {
        }
    }

    static class Confused {

        @Allowed(Role.OFFICER)
        @PublicRoute
        public void both() {
        }

        @Allowed({})
        public void nobody() {
        }
    }

    private final RouteAccessInterceptor interceptor = new RouteAccessInterceptor(
            new CallerFactory(new SecurityProperties(null, null)), new ProblemResponses(JsonMapper.builder().build()));
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/widgets");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theControllersDeclarationAdmitsItsRoleAndHandsTheCallerOn() throws Exception {
        signIn("officer");

        assertThat(interceptor.preHandle(request, response, handler(Widgets.class, "list"))).isTrue();

        Caller caller = (Caller) request.getAttribute(Caller.class.getName());
        assertThat(caller.municipality()).isEqualTo("almelo");
        assertThat(caller.roles()).containsExactly(Role.OFFICER);
    }

    @Test
    void anotherRoleIsForbiddenAndToldWhichRoleItNeeds() throws Exception {
        signIn("organiser");

        assertThat(interceptor.preHandle(request, response, handler(Widgets.class, "list"))).isFalse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("needs the role OFFICER").contains("your token has [ORGANISER]");
    }

    @Test
    void aTokenWithoutRolesIsToldItHasNone() throws Exception {
        signIn(null);

        assertThat(interceptor.preHandle(request, response, handler(Widgets.class, "list"))).isFalse();

        assertThat(response.getContentAsString()).contains("your token has none");
    }

    @Test
    void theMethodsOwnDeclarationWinsOverItsControllers() throws Exception {
        signIn("admin");

        assertThat(interceptor.preHandle(request, response, handler(Widgets.class, "plan"))).isTrue();
        assertThat(interceptor.preHandle(request, new MockHttpServletResponse(), handler(Widgets.class, "list")))
                .isFalse();
    }

    @Test
    void withoutATokenAProtectedRouteIsUnauthorizedWithABearerChallenge() throws Exception {
        assertThat(interceptor.preHandle(request, response, handler(Widgets.class, "list"))).isFalse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    }

    @Test
    void aPublicRouteNeedsNoToken() throws Exception {
        assertThat(interceptor.preHandle(request, response, handler(Widgets.class, "brochure"))).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aRouteThatDeclaresNothingIsRefused() throws Exception {
        signIn("admin");

        assertThat(interceptor.preHandle(request, response, handler(Undeclared.class, "anything"))).isFalse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("declares no access");
    }

    @Test
    void whatIsNotAnApplicationHandlerIsLeftToSpring() throws Exception {
        assertThat(interceptor.preHandle(request, response, new Object())).isTrue();
        assertThat(interceptor.preHandle(request, response,
                new HandlerMethod(new org.springframework.web.servlet.resource.ResourceHttpRequestHandler(),
                        "handleRequest", jakarta.servlet.http.HttpServletRequest.class,
                        jakarta.servlet.http.HttpServletResponse.class))).isTrue();
    }

    @Test
    void aDeclarationMustBeOneOrTheOtherAndNameARole() {
        assertThatThrownBy(() -> RouteAccess.declaredOn(handler(Confused.class, "both")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RouteAccess.declaredOn(handler(Confused.class, "nobody")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(RouteAccess.of().roles()).isEmpty();
        assertThat(RouteAccess.of(Role.OFFICER, Role.ADMIN).roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.ADMIN);
    }

    private static HandlerMethod handler(Class<?> type, String method) throws NoSuchMethodException {
        try {
            return new HandlerMethod(type.getDeclaredConstructor().newInstance(), type.getMethod(method));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signIn(String role) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256").subject("anna").claim("municipality", "almelo")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (role != null) {
            token.claim("roles", List.of(role));
        }
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token.build()));
    }
}
