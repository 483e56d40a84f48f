package org.citybridge.platform.inbox;

import java.time.Instant;
import java.util.function.Consumer;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The idempotent consumer. Kafka delivers at least once, so every event is checked against the ids
 * this consumer already processed (kept in {@code processed_events}, whose {@code _id} is unique).
 * The handler runs before the id is stored: a crash in between re-delivers the event, so handlers
 * write with upserts keyed by the aggregate and stay correct when they do run twice.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final MongoTemplate mongo;

    public EventInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Parses the record value and hands the envelope to the handler once per consumer. A value that
     * is not an envelope throws {@link org.citybridge.platform.event.PoisonEventException}, which the
     * listener's error handler sends to the dead-letter topic without retrying.
     */
    public void receive(String consumer, String recordValue, Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = EventJson.read(recordValue);
        if (hasProcessed(consumer, envelope.id())) {
            log.debug("{} already processed {} {}", consumer, envelope.type(), envelope.id());
            return;
        }
        handler.accept(envelope);
        try {
            mongo.insert(new ProcessedEvent(ProcessedEvent.key(consumer, envelope.id()), consumer, envelope.id(), envelope.type(), Instant.now()));
        } catch (DuplicateKeyException concurrentReplay) {
            log.debug("{} processed {} concurrently", consumer, envelope.id());
        }
    }

    public boolean hasProcessed(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(ProcessedEvent.key(consumer, eventId))),
                ProcessedEvent.class);
    }
}
