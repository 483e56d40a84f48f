package org.citybridge.gateway.test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;

/** A clock that only moves when a test says so: refills and expiry are tested without sleeping. */
public final class ManualTicker implements Ticker {

    // Far from zero, so nothing can mistake "never" for "now".
    private final AtomicLong nanos = new AtomicLong(Duration.ofDays(1).toNanos());

    @Override
    public long read() {
        return nanos.get();
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
