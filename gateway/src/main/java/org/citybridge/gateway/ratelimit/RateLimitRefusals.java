package org.citybridge.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;

/**
 * Counts the requests refused with 429 per client address and writes them as one WARN line per address per
 * interval ("N requests refused (429) from X in the last 60 s"), instead of an access log line each: a flood of
 * 10,000 refused requests is one line, not 10,000, and still says who and how many.
 */
public class RateLimitRefusals implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateLimitRefusals.class);

    /** Where refusals from addresses beyond {@code maxClients} are counted, so the map stays bounded. */
    static final String OTHER_CLIENTS = "other addresses";

    private final Duration interval;
    private final long maxClients;
    private final Map<String, Long> refused = new ConcurrentHashMap<>();
    private final Disposable schedule;

    public RateLimitRefusals(Duration interval, long maxClients) {
        this.interval = interval;
        this.maxClients = maxClients;
        this.schedule = Flux.interval(interval, interval, Schedulers.single()).subscribe(tick -> flush());
    }

    void record(String client) {
        String key = refused.size() >= maxClients && !refused.containsKey(client) ? OTHER_CLIENTS : client;
        refused.merge(key, 1L, Long::sum);
    }

    /** Writes and forgets what was counted so far; also called on shutdown, so no count is lost. */
    public void flush() {
        for (String client : refused.keySet()) {
            // Removing returns exactly what was counted; a refusal counted after it starts the next line.
            Long count = refused.remove(client);
            if (count != null) {
                log.warn("{} {} refused (429) from {} in the last {} s", count, count == 1 ? "request" : "requests", client,
                        interval.toSeconds());
            }
        }
    }

    @Override
    public void destroy() {
        schedule.dispose();
        flush();
    }
}
