package org.citybridge.platform.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.citybridge.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate: a document changed only through its own named intentions, each of which
 * records the domain event it causes ({@link #record(Object)}). Saved only through an
 * {@link AggregateStore}, which writes the new state and the integration events translated from the
 * recorded domain events in ONE conditional write on {@link #version()}. The outbox rides in the
 * document, so no event is lost between the state change and its publication, and no transaction is
 * needed (the embedded store has none).
 */
public abstract class AggregateRoot {

    @Version
    private Long version;
    /** How many events the aggregate ever published: the next one's sequence is this plus one. */
    private long eventSequence;
    /** Integration events stored with the state, waiting for the relay. The store appends, the relay removes. */
    private List<OutboxEvent> outbox = new ArrayList<>();
    /** Domain events recorded since this instance was created or loaded: the store appends exactly these. */
    @Transient
    private List<Object> recorded = new ArrayList<>();

    /** The document id; known before the first save, so that events can name it. */
    public abstract String id();

    /** The tenant the aggregate's events belong to: the envelope's {@code municipality}. */
    public abstract String municipality();

    /** Records what happened; the store translates it into the integration event other services read. */
    protected final void record(Object domainEvent) {
        recorded.add(Objects.requireNonNull(domainEvent));
    }

    /** The stored version, {@code null} until the first save. Also the entity tag. */
    public Long version() {
        return version;
    }

    /** Domain events recorded since this instance was created or loaded, oldest first. */
    public List<Object> recordedEvents() {
        return Collections.unmodifiableList(recorded);
    }

    /** Integration events waiting in the stored document, as of loading, oldest first. */
    public List<OutboxEvent> pendingEvents() {
        return Collections.unmodifiableList(outbox);
    }

    List<OutboxEvent> outbox() {
        return outbox;
    }

    long nextEventSequence() {
        return ++eventSequence;
    }

    void clearRecorded() {
        recorded.clear();
    }

    /** After a conditional update: this instance may go on being used, as the stored version. */
    void storedAs(Long newVersion) {
        version = newVersion;
    }
}
