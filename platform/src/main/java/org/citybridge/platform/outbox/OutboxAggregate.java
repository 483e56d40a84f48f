package org.citybridge.platform.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.citybridge.platform.event.EventType;

/**
 * Base of every aggregate that publishes events. The pending events live in the aggregate's own
 * document, so the state change and its events are written in ONE MongoDB write: no transaction is
 * needed (the embedded store has none) and no event can be lost between the two.
 * {@link OutboxRelay} publishes them and removes each one after Kafka acknowledged it.
 */
public abstract class OutboxAggregate {

    private List<OutboxEvent> outbox = new ArrayList<>();

    protected void record(EventType type, String municipality, String aggregateId, Object payload) {
        outbox.add(OutboxEvent.of(type, municipality, aggregateId, payload));
    }

    /** Events recorded but not yet published, oldest first. */
    public List<OutboxEvent> pendingEvents() {
        return Collections.unmodifiableList(outbox);
    }
}
