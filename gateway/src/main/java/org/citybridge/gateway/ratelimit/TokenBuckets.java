package org.citybridge.gateway.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per client for one policy, kept in a bounded cache.
 * <p>
 * A bucket left alone long enough to fill up again is indistinguishable from a new one, so idle buckets
 * are dropped after that time without changing any answer. The size bound only matters under a flood of
 * distinct clients: then the least useful buckets go first, and a dropped client starts again with a full
 * bucket, which costs at most one burst; memory stays bounded, which is the point.
 */
final class TokenBuckets {

    /** Bucket4j counts the refill in whole nanoseconds; a little slack keeps a bucket until it is surely full. */
    private static final Duration EXPIRY_SLACK = Duration.ofSeconds(1);

    private final RateLimitProperties.Policy policy;
    private final Bandwidth bandwidth;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    TokenBuckets(RateLimitProperties.Policy policy, long maxClients, Ticker ticker) {
        this.policy = policy;
        this.bandwidth = Bandwidth.builder()
                .capacity(policy.getBurst())
                .refillGreedy(policy.getRequests(), policy.getPer())
                .build();
        this.time = new TickerTime(ticker);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(timeToRefill(policy).plus(EXPIRY_SLACK))
                .ticker(ticker)
                .build();
    }

    /** Takes one request from the client's bucket, if there is one left. */
    Decision tryConsume(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(bandwidth)
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), policy.getBurst(), probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill());
    }

    /** Clients tracked right now; for tests and diagnostics. */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    // From empty to full: burst tokens at requests per period. Duration arithmetic, because nanoseconds of a
    // long period times a large burst would overflow a long.
    static Duration timeToRefill(RateLimitProperties.Policy policy) {
        return policy.getPer().multipliedBy(policy.getBurst()).dividedBy(policy.getRequests());
    }

    /**
     * The outcome for one request.
     *
     * @param limit the bucket's size, as RateLimit-Limit
     * @param remaining requests left right now, as RateLimit-Remaining
     * @param nanosUntilNext when rejected: how long until the next request would be allowed
     */
    record Decision(boolean allowed, long limit, long remaining, long nanosUntilNext) {

        /** Retry-After is whole seconds; rounded up so a client that waits as told is let through. */
        long retryAfterSeconds() {
            long seconds = Duration.ofNanos(nanosUntilNext).toSeconds();
            boolean fraction = Duration.ofSeconds(seconds).toNanos() < nanosUntilNext;
            return Math.max(1, fraction ? seconds + 1 : seconds);
        }
    }

    /** Buckets and the cache read one clock, so a test can move both without sleeping. */
    private record TickerTime(Ticker ticker) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return ticker.read();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
