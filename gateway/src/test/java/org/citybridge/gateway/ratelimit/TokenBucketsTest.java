package org.citybridge.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.citybridge.gateway.ratelimit.RateLimitProperties.Policy;
import org.citybridge.gateway.ratelimit.TokenBuckets.Decision;
import org.citybridge.gateway.test.ManualTicker;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    private final ManualTicker time = new ManualTicker();

    @Test
    void aFullBucketAllowsTheBurstThenRejects() {
        TokenBuckets buckets = new TokenBuckets(new Policy(10, Duration.ofMinutes(1), 10), 100, time);

        for (int i = 1; i <= 10; i++) {
            Decision decision = buckets.tryConsume("a");
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.limit()).isEqualTo(10);
            assertThat(decision.remaining()).isEqualTo(10 - i);
        }
        Decision rejected = buckets.tryConsume("a");

        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.remaining()).isZero();
        // 10 per minute: one request every 6 s.
        assertThat(rejected.nanosUntilNext()).isEqualTo(Duration.ofSeconds(6).toNanos());
        assertThat(rejected.retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBuckets buckets = new TokenBuckets(new Policy(20, Duration.ofSeconds(1), 40), 100, time);
        drain(buckets, "a", 40);

        time.advance(Duration.ofMillis(49));
        assertThat(buckets.tryConsume("a").allowed()).isFalse();

        time.advance(Duration.ofMillis(1));
        Decision oneBack = buckets.tryConsume("a");
        assertThat(oneBack.allowed()).isTrue();
        assertThat(oneBack.remaining()).isZero();

        time.advance(Duration.ofSeconds(1));
        assertThat(buckets.tryConsume("a").remaining()).isEqualTo(19);

        // Never more than the burst, however long the client was away.
        time.advance(Duration.ofHours(1));
        assertThat(buckets.tryConsume("a").remaining()).isEqualTo(39);
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        assertThat(new Decision(false, 1, 0, 1).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Decision(false, 1, 0, Duration.ofMillis(50).toNanos()).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Decision(false, 1, 0, Duration.ofSeconds(1).toNanos()).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Decision(false, 1, 0, Duration.ofMillis(1001).toNanos()).retryAfterSeconds()).isEqualTo(2);
        assertThat(new Decision(false, 1, 0, Duration.ofMinutes(30).toNanos()).retryAfterSeconds()).isEqualTo(1800);
    }

    @Test
    void clientsHaveSeparateBuckets() {
        TokenBuckets buckets = new TokenBuckets(new Policy(1, Duration.ofMinutes(1), 2), 100, time);
        drain(buckets, "a", 2);

        assertThat(buckets.tryConsume("a").allowed()).isFalse();
        assertThat(buckets.tryConsume("b").allowed()).isTrue();
    }

    @Test
    void aFloodOfDistinctClientsStaysWithinTheBound() {
        TokenBuckets buckets = new TokenBuckets(new Policy(1, Duration.ofMinutes(1), 1), 100, time);

        for (int i = 0; i < 5_000; i++) {
            buckets.tryConsume("client-" + i);
        }

        assertThat(buckets.trackedClients()).isLessThanOrEqualTo(100);
    }

    @Test
    void idleBucketsAreDroppedOnceTheyWouldBeFullAgain() {
        TokenBuckets buckets = new TokenBuckets(new Policy(10, Duration.ofMinutes(1), 10), 100, time);
        drain(buckets, "a", 10);
        assertThat(buckets.trackedClients()).isEqualTo(1);

        time.advance(Duration.ofSeconds(59));
        assertThat(buckets.trackedClients()).isEqualTo(1);

        time.advance(Duration.ofSeconds(3));
        assertThat(buckets.trackedClients()).isZero();
        assertThat(buckets.tryConsume("a").remaining()).isEqualTo(9);
    }

    @Test
    void timeToRefillDoesNotOverflowForLongPeriods() {
        assertThat(TokenBuckets.timeToRefill(new Policy(1, Duration.ofDays(365), 1_000_000)))
                .isEqualTo(Duration.ofDays(365L * 1_000_000));
        assertThat(TokenBuckets.timeToRefill(new Policy(50, Duration.ofSeconds(1), 100))).isEqualTo(Duration.ofSeconds(2));
    }

    private static void drain(TokenBuckets buckets, String client, int requests) {
        for (int i = 0; i < requests; i++) {
            assertThat(buckets.tryConsume(client).allowed()).isTrue();
        }
    }
}
