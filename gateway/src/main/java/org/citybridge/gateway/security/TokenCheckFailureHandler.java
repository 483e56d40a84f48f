package org.citybridge.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

/**
 * A bearer token that failed its check. A bad token goes to the entry point (401). A token that could not be
 * checked (the resource server turns "no keys to check with" into {@link AuthenticationServiceException}) is 503
 * with Retry-After: the token may be valid, and the client may try again. Spring's default rethrows the latter,
 * which ended as a 500.
 */
class TokenCheckFailureHandler implements ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenCheckFailureHandler.class);

    private final ProblemResponses problems;
    private final ServerAuthenticationEntryPoint entryPoint;
    private final String retryAfterSeconds;

    TokenCheckFailureHandler(ProblemResponses problems, ServerAuthenticationEntryPoint entryPoint, JwksProperties jwks) {
        this.problems = problems;
        this.entryPoint = entryPoint;
        this.retryAfterSeconds = Long.toString(Math.max(1, jwks.retryAfter().toSeconds()));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("A token could not be checked: {}", failure.getMessage());
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            return problems.write(webFilterExchange.getExchange(),
                    problems.problem(webFilterExchange.getExchange(), status, status.getReasonPhrase(),
                            "The access token cannot be checked right now. Try again later."),
                    headers -> headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds));
        }
        return entryPoint.commence(webFilterExchange.getExchange(), failure);
    }
}
