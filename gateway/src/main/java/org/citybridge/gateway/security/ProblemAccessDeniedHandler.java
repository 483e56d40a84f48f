package org.citybridge.gateway.security;

import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/** 403 as problem+json; only authenticated (bearer) callers get here, anonymous ones get the 401. */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        HttpStatus status = HttpStatus.FORBIDDEN;
        return problems.write(exchange,
                problems.problem(exchange, status, status.getReasonPhrase(), "Your access token does not allow this request."),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
    }
}
