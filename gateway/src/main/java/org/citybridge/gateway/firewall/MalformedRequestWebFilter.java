package org.citybridge.gateway.firewall;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.requestid.RequestId;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers a malformed path, query string or header with 400 problem+json before security, rate limits or a
 * service see it (see {@link MalformedRequests} for what counts). Right after the request id, so the answer
 * and the WARN line carry it.
 */
@Component
class MalformedRequestWebFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestWebFilter.class);

    private final ProblemResponses problems;

    MalformedRequestWebFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> problem = MalformedRequests.problemWith(exchange.getRequest());
        if (problem.isEmpty()) {
            return chain.filter(exchange);
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, RequestId.of(exchange).orElse(null))) {
            // The reason, not the request: the request's own bytes are what is wrong with it.
            log.warn("{} request refused: {}", exchange.getRequest().getMethod(), problem.get());
        }
        return problems.write(exchange,
                problems.problem(exchange, HttpStatus.BAD_REQUEST, "Bad Request", problem.get()), headers -> {
                });
    }
}
