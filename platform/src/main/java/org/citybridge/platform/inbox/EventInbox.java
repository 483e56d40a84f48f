package org.citybridge.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The idempotent consumer. Kafka delivers at least once, so every event is checked against the ids
 * this consumer already processed (kept in {@code processed_events}, whose {@code _id} is unique).
 * The handler runs before the id is stored: a crash in between re-delivers the event, so handlers
 * write with upserts keyed by the aggregate and stay correct when they do run twice.
 * <p>
 * The ids are kept for {@code retention} (a TTL index on MongoDB, and a prune once an hour for stores
 * without TTL): that is the replay window. An event delivered again after it (a topic re-read from the
 * start, a dead letter replayed months later) is handled again, which the handlers' upserts and the
 * envelope's sequence keep harmless.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final MongoTemplate mongo;
    private final Duration retention;
    private volatile Instant nextPrune = Instant.EPOCH;

    public EventInbox(MongoTemplate mongo, Duration retention) {
        this.mongo = mongo;
        this.retention = retention;
    }

    /** Indexes the processed ids for expiry; harmless to repeat. */
    public void prepare() {
        try {
            mongo.indexOps(ProcessedEvent.class).createIndex(new Index("processedAt", Sort.Direction.ASC)
                    .expire(retention).named("processed_events_ttl"));
        } catch (RuntimeException e) {
            log.info("No TTL index on processed_events here ({}); the inbox prunes them itself", e.getMessage());
        }
    }

    /**
     * Parses the record value and hands the envelope to the handler once per consumer. A value that
     * is not an envelope throws {@link org.citybridge.platform.event.PoisonEventException}, which the
     * listener's error handler sends to the dead-letter topic without retrying.
     */
    public void receive(String consumer, String recordValue, Consumer<EventEnvelope> handler) {
        receive(consumer, EventJson.read(recordValue), handler);
    }

    /** Hands an envelope the listener parsed already to the handler once per consumer. */
    public void receive(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler) {
        if (hasProcessed(consumer, envelope.id())) {
            log.debug("{} already processed {} {}", consumer, envelope.type(), envelope.id());
            return;
        }
        handler.accept(envelope);
        try {
            mongo.insert(new ProcessedEvent(ProcessedEvent.key(consumer, envelope.id()), consumer, envelope.id(),
                    envelope.type(), Instant.now()));
        } catch (DuplicateKeyException concurrentReplay) {
            log.debug("{} processed {} concurrently", consumer, envelope.id());
        }
        pruneWhenDue();
    }

    public boolean hasProcessed(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(ProcessedEvent.key(consumer, eventId))),
                ProcessedEvent.class);
    }

    /** Removes ids older than the retention; returns how many. */
    public long prune() {
        return mongo.remove(Query.query(Criteria.where("processedAt").lt(Date.from(Instant.now().minus(retention)))),
                ProcessedEvent.class).getDeletedCount();
    }

    private void pruneWhenDue() {
        Instant now = Instant.now();
        if (now.isAfter(nextPrune)) {
            nextPrune = now.plus(Duration.ofHours(1));
            try {
                prune();
            } catch (RuntimeException e) {
                log.debug("Pruning processed events failed, tried again in an hour: {}", e.getMessage());
            }
        }
    }
}
