package org.citybridge.gateway.security;

import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/** 401 (or 400 for a malformed header) as problem+json, with the RFC 6750 challenge clients rely on. */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        String challenge = "Bearer";
        String detail = "A valid access token is required.";
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            status = error.getHttpStatus();
            challenge = challenge(error);
            detail = status == HttpStatus.BAD_REQUEST
                    ? "The Authorization header is not a well-formed bearer token."
                    : "The access token is invalid or has expired.";
        }
        String wwwAuthenticate = challenge;
        return problems.write(exchange, problems.problem(exchange, status, status.getReasonPhrase(), detail),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate));
    }

    private static String challenge(BearerTokenError error) {
        StringBuilder challenge = new StringBuilder("Bearer error=\"").append(error.getErrorCode()).append('"');
        if (error.getDescription() != null) {
            challenge.append(", error_description=\"").append(quotable(error.getDescription())).append('"');
        }
        return challenge.toString();
    }

    // The description comes from the token parser and may quote parts of the token; keep the header well-formed.
    private static String quotable(String text) {
        return text.replaceAll("[\"\\\\\\p{Cntrl}]", "'");
    }
}
