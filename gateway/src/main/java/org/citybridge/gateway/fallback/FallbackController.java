package org.citybridge.gateway.fallback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.requestid.RequestId;
import org.citybridge.gateway.routing.Downstream;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a request its service could not answer: the service is down,
 * refused the connection, timed out, or the breaker is open.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    /** Matches the breakers' wait in the open state, so a client that waits as told meets a half-open breaker. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final ProblemResponses problems;

    FallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    // Any method: the breaker forwards the caller's request as it was, POSTs included.
    @RequestMapping("/fallback/{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        // A breaker's forward always carries the failure it is about (and skips the web filters: it is dispatched
        // inside the route). Without one, someone outside asked for this address, which is not part of the API.
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Downstream downstream = Downstream.byServiceName(service)
                .filter(known -> cause != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, RequestId.of(exchange).orElse(null))) {
            log.warn("{} unavailable: {}", downstream.serviceName(), cause.toString());
        }
        ProblemDetail problem = problems.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                downstream.serviceName() + " is not reachable right now; try again shortly");
        return problems.write(exchange, problem, headers -> headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }
}
