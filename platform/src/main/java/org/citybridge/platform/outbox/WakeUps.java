package org.citybridge.platform.outbox;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands wake-ups from the threads that save aggregates to the relay's thread, which blocks until one
 * comes instead of polling a flag: the relay starts the moment an event is waiting. Wake-ups that come
 * while one is still pending collapse into it (one run sees everything saved before it started), and
 * none is lost: one that comes during a run stays pending for the next.
 */
final class WakeUps {

    private final BlockingQueue<Boolean> pending = new ArrayBlockingQueue<>(1);

    /** Never blocks: when a wake-up is pending already, this one is part of it. */
    void signal() {
        pending.offer(Boolean.TRUE);
    }

    /** Waits for a wake-up, or until {@code timeout} passed; returns whether one came, and takes it. */
    boolean await(Duration timeout) throws InterruptedException {
        return pending.poll(timeout.toNanos(), TimeUnit.NANOSECONDS) != null;
    }
}
