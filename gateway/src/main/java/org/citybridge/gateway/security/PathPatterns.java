package org.citybridge.gateway.security;

import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a request against several path patterns (each optionally for one method) in one plain loop, with the
 * same parser and rules as Spring Security's {@code pathMatchers}.
 * <p>
 * Spring Security's own matchers for this (an {@code OrServerWebExchangeMatcher} of one
 * {@code PathPatternParserServerWebExchangeMatcher} per pattern) run a reactive pipeline per pattern and log
 * each attempt at debug level; commons-logging 1.3 formats a debug message before it asks whether debug is
 * enabled, so every API request formatted some forty "Trying to match using ..." strings that nobody read
 * (the profile under load showed them). {@code matchers(...)} still wraps each rule in an Or of one, which
 * formats one such string per rule.
 */
final class PathPatterns implements ServerWebExchangeMatcher {

    private final List<MethodAndPath> patterns;

    private PathPatterns(List<MethodAndPath> patterns) {
        this.patterns = patterns;
    }

    /** Any method on any of the paths. */
    static PathPatterns of(String... paths) {
        return new PathPatterns(Arrays.stream(paths).map(path -> new MethodAndPath(null, parse(path))).toList());
    }

    /** Each endpoint's method on its path. */
    static PathPatterns of(List<PublicEndpoint> endpoints) {
        return new PathPatterns(endpoints.stream()
                .map(endpoint -> new MethodAndPath(endpoint.method(), parse(endpoint.pathPattern())))
                .toList());
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return matches(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch();
    }

    boolean matches(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        for (MethodAndPath pattern : patterns) {
            if (pattern.matches(request.getMethod(), path)) {
                return true;
            }
        }
        return false;
    }

    private static PathPattern parse(String path) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        return parser.parse(parser.initFullPathPattern(path));
    }

    private record MethodAndPath(HttpMethod method, PathPattern path) {

        boolean matches(HttpMethod requestMethod, PathContainer requestPath) {
            return (method == null || method.equals(requestMethod)) && path.matches(requestPath);
        }
    }
}
