package org.citybridge.platform.sample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.inbox.EventInbox;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the sample topic through the idempotent inbox and remembers what it handled. Two names
 * make it fail, as real handlers do: "flaky-..." fails twice as if MongoDB were failing over, then
 * works; "bug-..." fails like a bug until {@link #fix()} is called.
 */
@Component
public class WidgetListener {

    public static final String TOPIC = "citybridge.samples";
    private final EventInbox inbox;
    private final List<EventEnvelope> handled = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, String> traceIds = new ConcurrentHashMap<>();
    private volatile boolean fixed;

    WidgetListener(EventInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(topics = TOPIC, groupId = "sample-listener")
    void on(String value) {
        inbox.receive("sample-listener", value, this::handle);
    }

    private void handle(EventEnvelope event) {
        String traceId = MDC.get("traceId");
        if (traceId != null) {
            traceIds.put(event.id(), traceId);
        }
        String name = event.payload().path("name").asString("");
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (name.startsWith("flaky-") && attempt <= 2) {
            throw new DataAccessResourceFailureException("MongoDB is failing over (attempt " + attempt + ")");
        }
        if (name.startsWith("bug-") && !fixed) {
            throw new IllegalStateException("a bug in the handler");
        }
        handled.add(event);
    }

    public List<EventEnvelope> handled() {
        return handled;
    }

    public int attempts(String eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    /** The trace the handler ran in, as its log lines show it. */
    public String traceIdOf(String eventId) {
        return traceIds.get(eventId);
    }

    public void fix() {
        fixed = true;
    }
}
