package org.citybridge.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import tools.jackson.databind.JsonNode;

/**
 * How fast an accepted write reaches another service's read model: an officer registers an organisation
 * in organisations-service (its outbox → Kafka), and events-service's organisation directory
 * ({@code GET /api/congresses/organisations}) lists it once its consumer has stored it. Writes come at a
 * constant rate (1/s, then 50/s); one poller reads the directory's first page over and over.
 * <p>
 * The directory is sorted by name, so each name sorts before all earlier ones ("!bench" and a number
 * that falls with every write and every run): the newest writes are always on the first page.
 */
final class EventsBench implements Benchmark {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final long POLL_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long IDLE_PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String measures() {
        return "accepted write in organisations-service → events-service's read model, p50/p99 at 1 and 50 writes/s";
    }

    @Override
    public Section run(Suite suite, Options options) throws Exception {
        Http http = new Http();
        String token = suite.token("officer@almelo");
        Section section = new Section(name());
        try (Poller poller = new Poller(http, suite, token)) {
            Thread polling = new Thread(poller, "bench-events-poller");
            polling.setDaemon(true);
            polling.start();
            Writer writer = new Writer(http, suite, token, poller);
            writer.at(10, options.scaled(30, 5), "warm-up, 10 writes/s");
            for (int rate : new int[] {1, 50}) {
                int writes = rate == 1 ? options.scaled(120, 10) : options.scaled(3_000, 150);
                Histogram accepted = new ConcurrentHistogram(3);
                Load.Outcome outcome = writer.at(rate, writes, rate + " write(s)/s", accepted);
                if (accepted.getTotalCount() == 0) {
                    throw new IllegalStateException("no write became visible: " + outcome.summary());
                }
                double p99 = accepted.getValueAtPercentile(99) / 1e6;
                section.figure(rate + " write(s)/s: accepted → visible, p50 / p99",
                                Section.millis(accepted.getValueAtPercentile(50) / 1e6) + " / " + Section.millis(p99),
                                "p99 ≤ 50 ms", p99 <= 50)
                        .figure(rate + " write(s)/s: write due → visible (with the POST), p50 / p99",
                                Section.millis(outcome.millis(50)) + " / " + Section.millis(outcome.millis(99)))
                        .note(outcome);
            }
            section.note(String.format("writes to organisations-service and reads from events-service on their own"
                    + " ports (not through the gateway); while a write waited to show, the directory was read every"
                    + " %.1f ms on average, which bounds the resolution (not between writes); a write not visible within %d s counts as failed",
                    poller.meanPollMillis(), VISIBLE_WITHIN.toSeconds()));
        }
        return section;
    }

    /** Registers organisations with names that sort first, and waits for each to show in the directory. */
    private static final class Writer {

        private final Http http;
        private final Suite suite;
        private final String token;
        private final Poller poller;
        private final long run = System.currentTimeMillis();
        private final AtomicLong written = new AtomicLong();

        Writer(Http http, Suite suite, String token, Poller poller) {
            this.http = http;
            this.suite = suite;
            this.token = token;
            this.poller = poller;
        }

        Load.Outcome at(int perSecond, int writes, String label) throws InterruptedException {
            return at(perSecond, writes, label, new ConcurrentHistogram(3));
        }

        Load.Outcome at(int perSecond, int writes, String label, Histogram acceptedToVisible)
                throws InterruptedException {
            Load.Outcome outcome = Load.constantRate(label, perSecond, writes, 200, () -> {
                poller.writeStarted();
                try {
                    registerAndAwait(acceptedToVisible);
                } finally {
                    poller.writeEnded();
                }
            });
            Console.say("  " + outcome.summary());
            return outcome;
        }

        private void registerAndAwait(Histogram acceptedToVisible) throws Exception {
            long sortsBefore = Long.MAX_VALUE - (run * 100_000 + written.incrementAndGet());
            String name = String.format("!bench %019d", sortsBefore);
            String id = http.post(suite.organisations(), "api/organisations", token,
                            Map.of("name", name, "kind", "CIVIL_SOCIETY", "visibility", "PRIVATE"))
                    .expect("register organisation", 201).json().path("id").asString();
            long accepted = System.nanoTime();
            long visible = poller.sighting(id).get(VISIBLE_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            acceptedToVisible.recordValue(Math.max(0, visible - accepted));
        }
    }

    /**
     * Reads the directory's first page again and again while a write waits to show, noting when each organisation
     * first shows. It rests while nothing waits: each read sorts the whole read model in the store, and reading
     * between writes only loaded the suite it measures (at 1 write/s, about 100 reads a second for nothing).
     */
    private static final class Poller implements Runnable, AutoCloseable {

        private final Http http;
        private final Suite suite;
        private final String token;
        private final Map<String, CompletableFuture<Long>> sightings = new ConcurrentHashMap<>();
        private final AtomicLong polls = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicLong pollingNanos = new AtomicLong();
        private final AtomicInteger waitingWrites = new AtomicInteger();
        private volatile boolean stopped;

        Poller(Http http, Suite suite, String token) {
            this.http = http;
            this.suite = suite;
            this.token = token;
        }

        /** When the organisation was first seen; completes when it is, which may have been already. */
        CompletableFuture<Long> sighting(String id) {
            return sightings.computeIfAbsent(id, key -> new CompletableFuture<>());
        }

        void writeStarted() {
            waitingWrites.incrementAndGet();
        }

        void writeEnded() {
            waitingWrites.decrementAndGet();
        }

        @Override
        public void run() {
            while (!stopped) {
                if (waitingWrites.get() == 0) {
                    LockSupport.parkNanos(IDLE_PAUSE_NANOS);
                    continue;
                }
                long begin = System.nanoTime();
                try {
                    JsonNode page = http.get(suite.events(), "api/congresses/organisations?page=0&size=100", token)
                            .expect("organisation directory", 200).json();
                    long now = System.nanoTime();
                    polls.incrementAndGet();
                    for (JsonNode organisation : page.path("items")) {
                        sighting(organisation.path("id").asString()).complete(now);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    if (failures.incrementAndGet() <= 3) {
                        Console.complain("  directory read failed: " + e.getMessage());
                    }
                }
                LockSupport.parkNanos(POLL_PAUSE_NANOS);
                pollingNanos.addAndGet(System.nanoTime() - begin);
            }
        }

        /** The time between two reads while writes waited, which bounds the resolution. */
        double meanPollMillis() {
            return pollingNanos.get() / 1e6 / Math.max(1, polls.get());
        }

        @Override
        public void close() {
            stopped = true;
        }
    }
}
