package org.citybridge.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.security.PublicEndpointsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Per-client request limits in front of every service; see {@link RateLimitWebFilter}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** The clock the buckets refill by; a bean so tests can move time instead of sleeping. */
    @Bean
    Ticker rateLimitTicker() {
        return Ticker.systemTicker();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "citybridge.gateway.rate-limits.enabled", matchIfMissing = true)
    RateLimitRefusals rateLimitRefusals(RateLimitProperties properties) {
        return new RateLimitRefusals(properties.getRefusalLogInterval(), properties.getMaxClients());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "citybridge.gateway.rate-limits.enabled", matchIfMissing = true)
    RateLimitWebFilter rateLimitWebFilter(RateLimitProperties properties, PublicEndpointsProperties publicEndpoints,
            ProblemResponses problems, Ticker rateLimitTicker, RateLimitRefusals rateLimitRefusals) {
        return new RateLimitWebFilter(properties, publicEndpoints.publicEndpoints(), problems, rateLimitTicker,
                rateLimitRefusals);
    }
}
