package org.citybridge.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.requestid.RequestId;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every error the gateway answers itself, whatever its status, as problem+json with the request id.
 * <p>
 * Being an ErrorWebExceptionHandler bean, it replaces Boot's DefaultErrorWebExceptionHandler, whose JSON
 * ({@code timestamp}, {@code path}, {@code error}) no client of ours understands. A status someone chose (a
 * ResponseStatusException: a client's mistake, a timeout) is one WARN line; only what the gateway cannot
 * explain, an unexpected exception, is an ERROR with its stack trace.
 */
@Component
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemErrorWebExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Before Boot's handler (-1) and WebFlux's own ResponseStatusException handler (0), should either exist. */
    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // Part of an answer is on its way; all that is left is to let the connection fail.
            return Mono.error(error);
        }
        HttpStatusCode status = statusOf(error);
        logged(exchange, status, error);
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error" : known.getReasonPhrase();
        // Whatever a route had copied from a service's answer before failing does not describe this one.
        exchange.getResponse().getHeaders().clear();
        return problems.write(exchange, problems.problem(exchange, status, title, detail(status, error)),
                headers -> copyHeaders(error, headers));
    }

    private static HttpStatusCode statusOf(Throwable error) {
        if (error instanceof ResponseStatusException statusError) {
            return statusError.getStatusCode();
        }
        if (error instanceof DataBufferLimitException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if (error instanceof DecodingException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    // A 5xx's own message may name classes, hosts or paths inside the suite: the client gets a fixed text.
    private static String detail(HttpStatusCode status, Throwable error) {
        if (status.is5xxServerError()) {
            return "The gateway could not handle this request; quote the request id when you report it.";
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "Nothing is found at this address.";
        }
        if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return "This address does not accept this method.";
        }
        if (error instanceof ResponseStatusException statusError && statusError.getReason() != null) {
            return statusError.getReason();
        }
        return "The request cannot be handled as sent.";
    }

    // Allow on a 405, Accept on a 415: the headers the status promises the client.
    private static void copyHeaders(Throwable error, HttpHeaders headers) {
        if (error instanceof ResponseStatusException statusError) {
            headers.addAll(statusError.getHeaders());
        }
    }

    private static void logged(ServerWebExchange exchange, HttpStatusCode status, Throwable error) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, RequestId.of(exchange).orElse(null))) {
            if (!(error instanceof ResponseStatusException) && status.is5xxServerError()) {
                log.error("{} {} failed at the gateway", exchange.getRequest().getMethod(),
                        exchange.getRequest().getURI().getRawPath(), error);
            }
            else {
                log.warn("{} {} answered {}: {}", exchange.getRequest().getMethod(),
                        exchange.getRequest().getURI().getRawPath(), status.value(), error.getMessage());
            }
        }
    }
}
