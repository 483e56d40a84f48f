package org.citybridge.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The service's own routes with their declarations, read from Spring MVC's handler mappings: what the
 * security chain opens to anonymous callers, what the start-up check verifies and what the generated
 * route tests walk.
 */
public final class RouteDeclarations {

    /**
     * One route: a method and path pattern with the handler and its declaration.
     *
     * @param access null when the handler declares nothing
     */
    public record Route(HttpMethod method, String pattern, HandlerMethod handler, RouteAccess access,
            Set<String> consumes) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private RouteDeclarations() {
    }

    public static List<Route> routes(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!isApplicationHandler(handler)) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            RouteAccess access = RouteAccess.declaredOn(handler).orElse(null);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern, handler, access, consumes));
                }
                for (RequestMethod method : methods) {
                    routes.add(new Route(method.asHttpMethod(), pattern, handler, access, consumes));
                }
            }
        }
        return routes;
    }

    /** Throws when a route of the service declares nobody: such a service must not start. */
    public static void verify(ApplicationContext context) {
        List<Route> undeclared = routes(context).stream().filter(route -> route.access() == null).toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("Every route must declare who may call it (@Allowed or @PublicRoute); "
                    + "these do not: " + undeclared);
        }
    }

    /** Spring's own handlers (the error page) and springdoc's (the API description) are not the service's routes. */
    static boolean isApplicationHandler(HandlerMethod handler) {
        String type = handler.getBeanType().getName();
        return !type.startsWith("org.springframework.") && !type.startsWith("org.springdoc.");
    }
}
