package org.citybridge.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class DownstreamBulkheadsTest extends GatewayIntegrationTest {

    @Autowired
    ReactiveResilience4jBulkheadProvider bulkheads;

    @Test
    void aServiceIsSentARushOf64AtOnceButNotUnboundedly() {
        assertThat(refusedOf(64)).as("the library's default of 25 refused most of a rush").isZero();
        assertThat(refusedOf(260)).as("the bound still holds (200 by default)").isEqualTo(60);
    }

    private int refusedOf(int concurrentCalls) {
        AtomicInteger refused = new AtomicInteger();
        Flux.range(0, concurrentCalls)
                .flatMap(call -> bulkheads.decorateMono("events", Map.of(), Mono.delay(Duration.ofMillis(300)))
                        .onErrorResume(BulkheadFullException.class, full -> {
                            refused.incrementAndGet();
                            return Mono.empty();
                        }), concurrentCalls)
                .blockLast(Duration.ofSeconds(10));
        return refused.get();
    }
}
