package org.citybridge.gateway.body;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.ratelimit.RateLimitWebFilter;
import org.citybridge.gateway.requestid.RequestId;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers 413 problem+json for a body over {@link RequestBodyLimits}, before any of it is passed on.
 * <p>
 * A declared Content-Length is judged up front and nothing is read. A chunked body has no length to judge, so
 * it is read here up to the limit, never further: within it, the request goes on with the bytes read and their
 * length; past it, the client gets the 413 and the service nothing. Counting while streaming it on instead
 * would leave a half-sent request at the service and turn the overflow into an error of the route, which its
 * circuit breaker would count against a healthy service.
 * <p>
 * Ordered after security and the rate limits: an anonymous caller cannot make the gateway read a body for a
 * route it may not call, and a client over its limit gets the 429 without its body being read.
 */
@Component
class RequestBodyLimitWebFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitWebFilter.class);

    private final RequestBodyLimits limits;
    private final ProblemResponses problems;

    RequestBodyLimitWebFilter(RequestBodyLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return RateLimitWebFilter.ORDER + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request);
        String declaredLength = request.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null) {
            return declaredLengthWithin(declaredLength, limit) ? chain.filter(exchange) : tooLarge(exchange, limit);
        }
        if (!request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            // Neither length nor chunks: HTTP/1.1 says there is no body.
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .map(RequestBodyLimitWebFilter::copyAndRelease)
                .defaultIfEmpty(new byte[0])
                .map(Optional::of)
                .onErrorResume(DataBufferLimitException.class, overflow -> Mono.just(Optional.empty()))
                .flatMap(body -> body.isPresent()
                        ? chain.filter(exchange.mutate().request(withBody(request, body.get())).build())
                        : tooLarge(exchange, limit));
    }

    private long limitFor(ServerHttpRequest request) {
        MediaType contentType = contentType(request);
        boolean upload = contentType != null && "multipart".equalsIgnoreCase(contentType.getType());
        return (upload ? limits.uploadMaxSize() : limits.maxSize()).toBytes();
    }

    private static MediaType contentType(ServerHttpRequest request) {
        try {
            return request.getHeaders().getContentType();
        }
        catch (RuntimeException unreadable) {
            // Whoever reads the body answers the bad Content-Type; here it only means no upload allowance.
            return null;
        }
    }

    // Netty has already refused a Content-Length that is not a number; anything odd left is judged too large.
    private static boolean declaredLengthWithin(String declaredLength, long limit) {
        try {
            long length = Long.parseLong(declaredLength.trim());
            return length >= 0 && length <= limit;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    // Copied to the heap so nothing pooled is left to release if the route fails before sending it.
    private static byte[] copyAndRelease(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        }
        finally {
            DataBufferUtils.release(joined);
        }
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
        ServerHttpRequest withLength = request.mutate().headers(headers -> {
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.setContentLength(body.length);
        }).build();
        return new ServerHttpRequestDecorator(withLength) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
            }
        };
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, RequestId.of(exchange).orElse(null))) {
            log.warn("{} {} refused: body over {} bytes", exchange.getRequest().getMethod(),
                    exchange.getRequest().getURI().getRawPath(), limit);
        }
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
        return problems.write(exchange, problems.problem(exchange, status, status.getReasonPhrase(),
                "The request body is larger than the " + limit + " bytes this address accepts."),
                // Otherwise Netty would keep the connection and read through the rest of the body it was refused.
                headers -> headers.set(HttpHeaders.CONNECTION, "close"));
    }
}
