package org.citybridge.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches the requests of routes declared {@link PublicRoute}, so that the security chain lets them in
 * without a token. Read from the handler mappings on first use, when they are complete; the
 * declaration on the handler is the only list a service keeps.
 */
public class PublicRoutes implements RequestMatcher {

    private final ApplicationContext context;
    private volatile List<RequestMatcher> matchers;

    public PublicRoutes(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        for (RequestMatcher matcher : matchers()) {
            if (matcher.matches(request)) {
                return true;
            }
        }
        return false;
    }

    private List<RequestMatcher> matchers() {
        List<RequestMatcher> known = matchers;
        if (known == null) {
            known = RouteDeclarations.routes(context).stream()
                    .filter(route -> route.access() != null && route.access().isPublic())
                    .map(route -> (RequestMatcher) PathPatternRequestMatcher.withDefaults()
                            .matcher(route.method(), route.pattern()))
                    .toList();
            matchers = known;
        }
        return known;
    }
}
