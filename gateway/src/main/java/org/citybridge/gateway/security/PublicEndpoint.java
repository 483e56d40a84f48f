package org.citybridge.gateway.security;

import java.util.Locale;

import org.springframework.http.HttpMethod;

/**
 * An API operation anyone may call without a token, written "METHOD /path/pattern"
 * (Spring path patterns: {@code *} is one segment, {@code **} any remainder).
 */
public record PublicEndpoint(HttpMethod method, String pathPattern) {

    public PublicEndpoint {
        if (method == null || pathPattern == null || !pathPattern.startsWith("/")) {
            throw new IllegalArgumentException("A public endpoint needs an HTTP method and a path starting with /");
        }
    }

    public static PublicEndpoint parse(String spec) {
        String[] parts = spec == null ? new String[0] : spec.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "Public endpoint '" + spec + "' must be 'METHOD /path', e.g. 'GET /api/pacts/*/pdf'");
        }
        return new PublicEndpoint(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
    }

    @Override
    public String toString() {
        return method.name() + " " + pathPattern;
    }
}
