package org.citybridge.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The services behind the gateway and the paths each one owns. The name doubles as route id and
 * circuit breaker name, so metrics, logs and the fallback all speak of the same thing.
 */
public enum Downstream {

    ORGANISATIONS(resources("municipalities", "organisations", "pacts", "visions")),
    ACTIONS(resources("programmes", "actions", "indicators", "shared-indicators", "reports")),
    KNOWLEDGE(resources("practices", "themes", "questions", "bridge-groups", "handbooks", "studies")),
    EVENTS(resources("congresses", "registrations", "venues")),
    // Identity pages and endpoints are served through the gateway so users only ever need one address.
    IDENTITY(List.of("/oauth2/**", "/login", "/logout", "/.well-known/**", "/userinfo", "/connect/**",
            "/default-ui.css")),
    // The pages (web module): every path no one above and none of the gateway's own (API_DOCS, Swagger UI,
    // actuator, fallback) claims; RoutesConfiguration routes it last. See GATEWAY_OWN.
    WEB(List.of("/**"));

    /** Paths the gateway answers itself or keeps for the API: never handed to the pages. */
    public static final List<String> GATEWAY_OWN = List.of("/api", "/api/**", "/api-docs/**", "/actuator/**",
            "/fallback/**", "/error", "/swagger-ui", "/swagger-ui/**", "/swagger-ui.html", "/webjars/swagger-ui/**", "/v3/**");

    private final List<String> pathPatterns;

    Downstream(List<String> pathPatterns) {
        this.pathPatterns = pathPatterns;
    }

    public String serviceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> pathPatterns() {
        return pathPatterns;
    }

    public static Optional<Downstream> byServiceName(String serviceName) {
        for (Downstream downstream : values()) {
            if (downstream.serviceName().equals(serviceName)) {
                return Optional.of(downstream);
            }
        }
        return Optional.empty();
    }

    // "/api/x/**" alone would also match "/api/x", but listing the collection path keeps the intent obvious.
    private static List<String> resources(String... names) {
        List<String> patterns = new ArrayList<>();
        for (String name : names) {
            patterns.add("/api/" + name);
            patterns.add("/api/" + name + "/**");
        }
        return List.copyOf(patterns);
    }
}
