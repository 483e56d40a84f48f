package org.citybridge.gateway.routing;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** One route per service, each behind a circuit breaker of the same name. */
@Configuration(proxyBeanMethods = false)
public class RoutesConfiguration {

    static final String FALLBACK_PREFIX = "forward:/fallback/";
    /** Not /v3/api-docs/..., which the gateway's own springdoc answers for the Swagger UI's configuration. */
    public static final String API_DOCS = "/api-docs/";

    @Bean
    RouteLocator cityBridgeRoutes(RouteLocatorBuilder builder, ServicesProperties services) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Downstream downstream : Downstream.values()) {
            if (downstream == Downstream.WEB) {
                // Last, and never a path of the API or of the gateway itself: an unknown /api/... stays the
                // gateway's 404 problem instead of becoming a page.
                routes.route(downstream.serviceName(), route -> route
                        .order(Ordered.LOWEST_PRECEDENCE)
                        .path(downstream.pathPatterns().toArray(String[]::new))
                        .and().not(own -> own.path(Downstream.GATEWAY_OWN.toArray(String[]::new)))
                        .filters(filters -> filters(filters, downstream))
                        .uri(services.baseUrl(downstream)));
                continue;
            }
            routes.route(downstream.serviceName(), route -> route
                    .path(downstream.pathPatterns().toArray(String[]::new))
                    .filters(filters -> filters(filters, downstream))
                    .uri(services.baseUrl(downstream)));
            if (downstream != Downstream.IDENTITY) {
                // Each service's OpenAPI document, for the one Swagger UI the gateway serves.
                routes.route(downstream.serviceName() + "-api-docs", route -> route
                        .path(API_DOCS + downstream.serviceName())
                        .filters(filters -> filters.setPath("/v3/api-docs"))
                        .uri(services.baseUrl(downstream)));
            }
        }
        return routes.build();
    }

    private static GatewayFilterSpec filters(GatewayFilterSpec filters, Downstream downstream) {
        // The breaker forwards failures to /fallback/...; the gateway's record of the original URL lets the
        // fallback's problem name what the caller actually asked for.
        filters.filter((exchange, chain) -> {
            ServerWebExchangeUtils.addOriginalRequestUrl(exchange, exchange.getRequest().getURI());
            return chain.filter(exchange);
        }, Ordered.HIGHEST_PRECEDENCE);
        // Paths are forwarded unchanged, so a prefix can only come from the caller and would mislead
        // the service when it builds links or redirects.
        filters.removeRequestHeader("X-Forwarded-Prefix");
        if (downstream == Downstream.IDENTITY || downstream == Downstream.WEB) {
            // Identity and the pages build redirects (and identity its issuer URLs) from the Host they see; they
            // must see the gateway's address, not their own.
            filters.preserveHostHeader();
        }
        // Only exceptions (refused connection, timeouts, an open breaker) count as failures: statusCodes is
        // left empty on purpose so that 4xx and 5xx answers from a service pass through untouched.
        return filters.circuitBreaker(breaker -> breaker
                .setName(downstream.serviceName())
                .setFallbackUri(FALLBACK_PREFIX + downstream.serviceName()));
    }
}
