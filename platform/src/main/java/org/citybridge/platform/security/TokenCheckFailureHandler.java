package org.citybridge.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A bearer token that failed its check. A bad token is 401. A token that could not be checked (the
 * resource server turns "no keys to check with" into {@link AuthenticationServiceException}) is 503
 * with Retry-After: the token may be valid, and the client may try again. Spring's default rethrows
 * the latter, which ended as a 500.
 */
final class TokenCheckFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenCheckFailureHandler.class);

    private final ProblemResponses problems;
    private final long retryAfterSeconds;

    TokenCheckFailureHandler(ProblemResponses problems, JwksProperties jwks) {
        this.problems = problems;
        this.retryAfterSeconds = Math.max(1, jwks.retryAfter().toSeconds());
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("A token could not be checked: {}", failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The access token cannot be checked right now. Try again later.");
            return;
        }
        problems.unauthorized(request, response, failure);
    }
}
