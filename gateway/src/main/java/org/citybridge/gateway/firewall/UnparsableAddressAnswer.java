package org.citybridge.gateway.firewall;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerResponse;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.requestid.RequestId;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Gives a problem+json body to the 400 Spring answers before any filter of ours runs: a request target that is
 * no URI at all ({@code %zz}, a lone {@code %f}, a backslash). Spring's ReactorHttpHandlerAdapter sets the 400 on
 * Netty's response and hands back an empty answer without calling the web handler; this customizer sees that
 * state when the handler returns and writes the body in its place.
 * <p>
 * What Netty's HTTP decoder refuses (a request line it cannot split, control characters in a header, lines over
 * its limits) never gets this far: Netty answers those itself with an empty 4xx and closes the connection.
 */
@Component
class UnparsableAddressAnswer implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(UnparsableAddressAnswer.class);

    private final ProblemResponses problems;

    UnparsableAddressAnswer(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public reactor.netty.http.server.HttpServer apply(reactor.netty.http.server.HttpServer server) {
        return server.mapHandle((handled, connection) -> refusedBeforeSpring(connection)
                ? answer((HttpServerResponse) connection)
                : handled);
    }

    // Called before the handler's answer is subscribed to: only the adapter's refusal has set a status this early.
    private static boolean refusedBeforeSpring(Connection connection) {
        return connection instanceof HttpServerResponse response && !response.hasSentHeaders()
                && response.status().code() == HttpStatus.BAD_REQUEST.value();
    }

    private Mono<Void> answer(HttpServerResponse response) {
        String requestId = RequestId.acceptOrGenerate(null);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestId.LOG_KEY, requestId)) {
            log.warn("Request refused: its address is not a valid URI");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request's address is not a valid URI; percent-encode (%XX) every character outside the URI syntax.");
        problem.setTitle("Bad Request");
        problem.setProperty(RequestId.LOG_KEY, requestId);
        byte[] body = problems.toJson(problem);
        return response.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .header(RequestId.HEADER, requestId)
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length))
                .sendByteArray(Mono.just(body))
                .then();
    }
}
