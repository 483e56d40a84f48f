package org.citybridge.gateway.ratelimit;

import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.requestid.RequestIdWebFilter;
import org.citybridge.gateway.security.PublicEndpoint;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers 429 once a client has used up its bucket, before the request is routed to any service.
 * <p>
 * A WebFilter ordered just after Spring Security's filter chain, not the gateway's RequestRateLimiter
 * filter on each route: security has then decided who the caller is (its authentication is in the Reactor
 * context), the answer can be the gateway's own problem+json with the request id, and identity's /login
 * and /oauth2/token need limits of their own inside one route. Requests that security already rejected
 * (401, 403) never get here: they never reach a service either, so there is nothing to protect.
 */
public class RateLimitWebFilter implements WebFilter, Ordered {

    /**
     * Spring Security's WebFilterChainProxy runs at -100 (WebFluxSecurityConfiguration, not public); a filter
     * after it is called from inside the chain, only for allowed requests, with the authentication known.
     */
    public static final int ORDER = -100 + 10;

    public static final String LIMIT_HEADER = "RateLimit-Limit";
    public static final String REMAINING_HEADER = "RateLimit-Remaining";

    // Load balancers and monitors probe these; shedding them would take a healthy gateway out of service.
    private static final PathPattern ACTUATOR = PathPatternParser.defaultInstance.parse("/actuator/**");
    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    /** Identity's other pages are anonymous reads (and its logins the identity policy), not the web's pages. */
    private static final List<PathPattern> IDENTITY = Downstream.IDENTITY.pathPatterns().stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    private static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ProblemResponses problems;
    private final ClientAddresses clients;
    private final List<PathPattern> identityPaths;
    private final List<PublicEndpointPattern> publicEndpoints;
    private final TokenBuckets anonymousRead;
    private final TokenBuckets anonymousWrite;
    private final TokenBuckets authenticated;
    private final TokenBuckets identity;
    private final TokenBuckets pages;
    private final RateLimitRefusals refusals;

    public RateLimitWebFilter(RateLimitProperties properties, List<PublicEndpoint> publicEndpoints,
            ProblemResponses problems, Ticker ticker, RateLimitRefusals refusals) {
        this.problems = problems;
        this.refusals = refusals;
        this.clients = new ClientAddresses(properties.isTrustForwardedFor(), properties.getTrustedProxies(),
                properties.trustedForwarderRanges());
        this.identityPaths = properties.getIdentityPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.publicEndpoints = publicEndpoints.stream()
                .map(e -> new PublicEndpointPattern(e.method(), PathPatternParser.defaultInstance.parse(e.pathPattern())))
                .toList();
        long maxClients = properties.getMaxClients();
        this.anonymousRead = new TokenBuckets(properties.getAnonymousRead(), maxClients, ticker);
        this.anonymousWrite = new TokenBuckets(properties.getAnonymousWrite(), maxClients, ticker);
        this.authenticated = new TokenBuckets(properties.getAuthenticated(), maxClients, ticker);
        this.identity = new TokenBuckets(properties.getIdentity(), maxClients, ticker);
        this.pages = new TokenBuckets(properties.getPages(), maxClients, ticker);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (ACTUATOR.matches(path)) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .ofType(JwtAuthenticationToken.class)
                .mapNotNull(token -> token.getToken().getSubject())
                .map(authenticated::tryConsume)
                // Anonymous, or (never from identity) a token without a subject: limited by address.
                .switchIfEmpty(Mono.fromSupplier(() -> anonymous(exchange.getRequest(), path)))
                .flatMap(decision -> decision.allowed() ? allow(exchange, chain, decision) : reject(exchange, decision));
    }

    private TokenBuckets.Decision anonymous(ServerHttpRequest request, PathContainer path) {
        String client = clients.clientOf(request);
        if (identityPaths.stream().anyMatch(pattern -> pattern.matches(path))) {
            return identity.tryConsume(client);
        }
        if (!API.matches(path) && IDENTITY.stream().noneMatch(pattern -> pattern.matches(path))) {
            // The pages and their scripts and styles: a page view is several requests, so they have a bucket of
            // their own instead of eating into the public API's reads (identity's pages keep theirs).
            return pages.tryConsume(client);
        }
        boolean write = !READS.contains(request.getMethod())
                && publicEndpoints.stream().anyMatch(endpoint -> endpoint.matches(request.getMethod(), path));
        // Everything else anonymous that security lets through (public reads, identity's other pages)
        // shares the read bucket, so no anonymous path is unlimited.
        return write ? anonymousWrite.tryConsume(client) : anonymousRead.tryConsume(client);
    }

    private static Mono<Void> allow(ServerWebExchange exchange, WebFilterChain chain, TokenBuckets.Decision decision) {
        ServerHttpResponse response = exchange.getResponse();
        // Set at commit time, like the request id, so a service's own RateLimit headers cannot add second values.
        response.beforeCommit(() -> {
            response.getHeaders().set(LIMIT_HEADER, String.valueOf(decision.limit()));
            response.getHeaders().set(REMAINING_HEADER, String.valueOf(decision.remaining()));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private Mono<Void> reject(ServerWebExchange exchange, TokenBuckets.Decision decision) {
        // Counted for the periodic summary instead of an access log line each: a flood would write thousands.
        refusals.record(clients.clientOf(exchange.getRequest()));
        exchange.getAttributes().put(RequestIdWebFilter.LEFT_OUT_OF_ACCESS_LOG, Boolean.TRUE);
        long retryAfter = decision.retryAfterSeconds();
        String detail = "Too many requests; try again in " + retryAfter + (retryAfter == 1 ? " second." : " seconds.");
        return problems.write(exchange,
                problems.problem(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", detail),
                headers -> {
                    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
                    headers.set(LIMIT_HEADER, String.valueOf(decision.limit()));
                    headers.set(REMAINING_HEADER, "0");
                });
    }

    private record PublicEndpointPattern(HttpMethod method, PathPattern pattern) {

        boolean matches(HttpMethod requestMethod, PathContainer path) {
            return method.equals(requestMethod) && pattern.matches(path);
        }
    }
}
