package org.citybridge.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Drives calls and records each call's latency in an HdrHistogram. Two shapes:
 * <ul>
 * <li>{@link #closedLoop}: N workers call back to back, as N connections do: the shape for "how much at N
 * connections";</li>
 * <li>{@link #constantRate}: calls are due at a fixed rate whatever happens to earlier ones, and each is
 * measured from the moment it was due, not from when it could finally start: a stall of the system shows
 * in the latency of every call it delayed (no coordinated omission).</li>
 * </ul>
 * A failed call (an exception) is counted, not recorded; the first few messages are kept for the report.
 */
final class Load {

    private static final long PROGRESS_EVERY_SECONDS = 5;

    private Load() {
    }

    /** One call; it fails by throwing. */
    interface Call {
        void run() throws Exception;
    }

    /** What a load produced. Latencies are in nanoseconds. */
    record Outcome(String label, Histogram latency, long ok, long failed, long elapsedNanos, List<String> failures) {

        double perSecond() {
            return ok * 1e9 / Math.max(1, elapsedNanos);
        }

        double millis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1e6;
        }

        /** This outcome, unless every call failed: then there is nothing to report but the failure. */
        Outcome measuredSomething() {
            if (ok == 0 && failed > 0) {
                throw new IllegalStateException(label + ": all " + failed + " calls failed, first: " + failures.get(0));
            }
            return this;
        }

        /** "1,234 calls in 10.0 s, 3 failed: first failure" */
        String summary() {
            String text = String.format("%s: %,d calls in %.1f s (%,.0f/s), p50 %.2f ms, p99 %.2f ms, max %.1f ms",
                    label, ok, elapsedNanos / 1e9, perSecond(), millis(50), millis(99),
                    latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1e6);
            return failed == 0 ? text : text + String.format(", %,d failed (first: %s)", failed, failures.get(0));
        }
    }

    /**
     * {@code workers} threads call back to back until {@code maxCalls} calls have been made or {@code maxTime}
     * has passed, whichever comes first.
     */
    static Outcome closedLoop(String label, int workers, long maxCalls, Duration maxTime, Call call)
            throws InterruptedException {
        Tally tally = new Tally(label, maxCalls);
        AtomicLong claimed = new AtomicLong();
        long deadline = System.nanoTime() + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (Progress progress = new Progress(tally)) {
            for (int i = 0; i < workers; i++) {
                pool.execute(() -> {
                    while (claimed.incrementAndGet() <= maxCalls && System.nanoTime() < deadline) {
                        tally.call(System.nanoTime(), call);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(maxTime.toNanos() + TimeUnit.MINUTES.toNanos(1), TimeUnit.NANOSECONDS);
        } finally {
            pool.shutdownNow();
        }
        return tally.outcome().measuredSomething();
    }

    /**
     * {@code calls} calls due at {@code perSecond}, each run on its own thread from a pool of up to
     * {@code maxConcurrent} so that a slow call does not delay the next one's start; if all are busy, the
     * next call waits, and that wait counts in its latency.
     */
    static Outcome constantRate(String label, double perSecond, long calls, int maxConcurrent, Call call)
            throws InterruptedException {
        Tally tally = new Tally(label, calls);
        long interval = (long) (1e9 / perSecond);
        ExecutorService pool = Executors.newFixedThreadPool(maxConcurrent);
        try (Progress progress = new Progress(tally)) {
            long first = System.nanoTime();
            for (long i = 0; i < calls; i++) {
                long due = first + i * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                pool.execute(() -> tally.call(due, call));
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        return tally.outcome().measuredSomething();
    }

    /** Counts and latencies of one load, shared by its threads. */
    private static final class Tally {

        private final String label;
        private final long expected;
        private final long started = System.nanoTime();
        private final Histogram latency = new ConcurrentHistogram(3);
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Tally(String label, long expected) {
            this.label = label;
            this.expected = expected;
        }

        void call(long due, Call call) {
            try {
                call.run();
                latency.recordValue(System.nanoTime() - due);
                ok.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                failed.incrementAndGet();
                if (failures.size() < 5) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }

        String progress() {
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            long done = ok.get() + failed.get();
            String of = expected == Long.MAX_VALUE ? "" : String.format(" of %,d", expected);
            return String.format("  … %s: %,d%s after %d s (%,.0f/s)%s", label, done, of, seconds,
                    done / (double) Math.max(1, seconds), failed.get() == 0 ? "" : ", " + failed.get() + " failed");
        }

        Outcome outcome() {
            return new Outcome(label, latency, ok.get(), failed.get(), System.nanoTime() - started,
                    List.copyOf(failures));
        }
    }

    /** A line every few seconds while a load runs, so that a long run shows it is alive. */
    private static final class Progress implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });

        Progress(Tally tally) {
            timer.scheduleAtFixedRate(() -> Console.say(tally.progress()), PROGRESS_EVERY_SECONDS,
                    PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
