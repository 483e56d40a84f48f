package org.citybridge.gateway.routing;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.bulkhead.BulkheadConfig;

/**
 * How many requests the gateway lets through to one service at once. Spring Cloud CircuitBreaker wraps every
 * route's breaker in a Resilience4j bulkhead whose default is 25 concurrent calls with no waiting: a congress's
 * registration rush (64 clients in the benchmark) got 503 "Bulkhead 'events' is full" for most requests although
 * events-service had room. Overload is the per-client rate limits' and the breakers' job; the bulkhead stays as the
 * last bound on what one service is sent at once, set to what a service's request threads can hold.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamBulkheads {

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheadPerService(
            @Value("${citybridge.gateway.max-concurrent-calls-per-service:200}") int maxConcurrentCalls) {
        BulkheadConfig bulkhead = BulkheadConfig.custom().maxConcurrentCalls(maxConcurrentCalls)
                .maxWaitDuration(Duration.ZERO).build();
        return provider -> provider.configureDefault(
                id -> new Resilience4jBulkheadConfigurationBuilder().bulkheadConfig(bulkhead).build());
    }
}
