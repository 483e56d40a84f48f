package org.citybridge.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.CallerFactory;
import org.citybridge.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces each route's declaration ({@link Allowed}, {@link PublicRoute}) before its handler runs,
 * so that no use case has to check roles itself. A route without a declaration is refused: the start-up
 * check ({@link RouteDeclarations}) makes that impossible in a running service, this is the fallback.
 */
public class RouteAccessInterceptor implements HandlerInterceptor {

    private final CallerFactory callers;
    private final ProblemResponses problems;

    public RouteAccessInterceptor(CallerFactory callers, ProblemResponses problems) {
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || !RouteDeclarations.isApplicationHandler(method)) {
            return true;
        }
        RouteAccess access = RouteAccess.declaredOn(method).orElse(null);
        if (access == null) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "This route declares no access.");
            return false;
        }
        if (access.isPublic()) {
            return true;
        }
        Caller caller = caller();
        // The handler's Caller parameter takes it from here instead of reading the token again.
        request.setAttribute(Caller.class.getName(), caller);
        if (caller.isAnonymous()) {
            problems.unauthorized(request, response, null);
            return false;
        }
        if (!access.admits(caller)) {
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    "This needs the role " + String.join(" or ", access.roles().stream().map(Enum::name).sorted().toList())
                            + "; your token has " + (caller.roles().isEmpty() ? "none" : caller.roles()) + ".");
            return false;
        }
        return true;
    }

    private Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? callers.fromJwt(jwt.getToken())
                : Caller.anonymous();
    }
}
