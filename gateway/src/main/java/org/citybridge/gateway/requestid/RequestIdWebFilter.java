package org.citybridge.gateway.requestid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an id, passes it to the service and returns it to the caller.
 * <p>
 * A WebFilter rather than a gateway GlobalFilter: global filters only see routed requests, after
 * security, so 401s and fallback answers would go out without the id the caller needs to report them.
 */
@Component
public class RequestIdWebFilter implements WebFilter, Ordered {

    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("org.citybridge.gateway.access");

    /** An exchange attribute: set (to true) by whoever logs this kind of answer in summary instead. */
    public static final String LEFT_OUT_OF_ACCESS_LOG = RequestIdWebFilter.class.getName() + ".leftOutOfAccessLog";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        String requestId = RequestId.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(RequestId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestId.HEADER, requestId))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(RequestId.ATTRIBUTE, requestId);
        ServerHttpResponse response = withId.getResponse();
        // Set at commit time so a service that echoes its own X-Request-Id cannot add a second value.
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestId.HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(withId)
                .doFinally(signal -> logAccess(withId, requestId, start))
                .contextWrite(Context.of(RequestId.LOG_KEY, requestId));
    }

    private static void logAccess(ServerWebExchange exchange, String requestId, long start) {
        if (!ACCESS_LOG.isInfoEnabled() || Boolean.TRUE.equals(exchange.getAttribute(LEFT_OUT_OF_ACCESS_LOG))) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // The query string is left out: it may carry personal data or tokens.
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, requestId)) {
            ACCESS_LOG.info("{} {} {} {}ms", exchange.getRequest().getMethod(),
                    exchange.getRequest().getURI().getRawPath(), status == null ? "-" : status.value(), millis);
        }
    }
}
