package org.citybridge.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service keeps identity's signing keys (defaults in citybridge-defaults.properties).
 *
 * @param cacheLifetime      how long a fetched key set is used before it is fetched again
 * @param refreshAhead       how long before the end of its lifetime the key set is refreshed in the background,
 *                           so that no request waits for identity
 * @param outageTolerance    how long the keys identity last published keep being trusted while identity cannot
 *                           be reached
 * @param minRefreshInterval a token with an unknown key id makes the service fetch the key set again at most
 *                           once in this interval: forged key ids cannot turn the services into an amplifier
 *                           against identity
 * @param connectTimeout     connecting to identity
 * @param readTimeout        reading identity's answer
 * @param retryAfter         what a 503 tells the client when a token cannot be checked, and how long after a
 *                           failed fetch identity is not asked again
 */
@ConfigurationProperties("citybridge.security.jwks")
public record JwksProperties(Duration cacheLifetime, Duration refreshAhead, Duration outageTolerance,
        Duration minRefreshInterval, Duration connectTimeout, Duration readTimeout, Duration retryAfter) {

    public JwksProperties {
        cacheLifetime = orDefault(cacheLifetime, Duration.ofMinutes(5));
        refreshAhead = orDefault(refreshAhead, Duration.ofSeconds(30));
        outageTolerance = orDefault(outageTolerance, Duration.ofHours(12));
        minRefreshInterval = orDefault(minRefreshInterval, Duration.ofSeconds(30));
        connectTimeout = orDefault(connectTimeout, Duration.ofSeconds(2));
        readTimeout = orDefault(readTimeout, Duration.ofSeconds(5));
        retryAfter = orDefault(retryAfter, Duration.ofSeconds(10));
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
