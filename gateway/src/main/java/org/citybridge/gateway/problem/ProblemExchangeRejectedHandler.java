package org.citybridge.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.requestid.RequestId;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What Spring Security's firewall refuses (an encoded slash or period, a semicolon, a method outside the
 * usual ones), as a 400 problem instead of its default empty 400. Spring Security picks this bean up for its
 * WebFilterChainProxy. Most malformed requests never get this far: the gateway's own
 * {@code firewall.MalformedRequestWebFilter} refuses them first.
 */
@Component
class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExchangeRejectedHandler.class);

    private final ProblemResponses problems;

    ProblemExchangeRejectedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, RequestId.of(exchange).orElse(null))) {
            log.warn("{} {} refused: {}", exchange.getRequest().getMethod(), exchange.getRequest().getURI().getRawPath(),
                    rejected.getMessage());
        }
        return problems.write(exchange, problems.problem(exchange, HttpStatus.BAD_REQUEST, "Bad Request",
                "The request's address or headers hold something the gateway does not accept."), headers -> {
                });
    }
}
