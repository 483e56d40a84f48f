package org.citybridge.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.event.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, and removes each one
 * only after Kafka acknowledged it ({@code acks=all}, idempotent producer). While Kafka is down the
 * events stay in MongoDB and go out when it is back: delayed, never dropped. A crash after the
 * publish but before the removal publishes the event again; consumers de-duplicate by event id.
 * <p>
 * The relay removes an event with {@code $pull}, without touching the aggregate's version. That is safe
 * because {@link org.citybridge.platform.store.AggregateStore} never writes an outbox back: it only
 * appends the events recorded since loading, so a copy loaded before the removal cannot resurrect the
 * event (docs/events.md, "Guarantees").
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<String> collections;
    private final AtomicBoolean wakeUpRequested = new AtomicBoolean();
    private final AtomicBoolean brokerReachable = new AtomicBoolean(true);
    private final AtomicLong published = new AtomicLong();
    private ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            List<String> collections) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = List.copyOf(collections);
    }

    /** Asks for a run soon, e.g. right after an aggregate with new events was saved. */
    public void wakeUp() {
        wakeUpRequested.set(true);
    }

    public long publishedCount() {
        return published.get();
    }

    /** Publishes everything pending now; returns how many events went out. */
    public synchronized int publishPending() {
        int sent = 0;
        for (String collection : collections) {
            Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(properties.batchSize());
            for (Document aggregate : mongo.find(pending, Document.class, collection)) {
                int sentForAggregate = publishInOrder(collection, aggregate);
                if (sentForAggregate < 0) {
                    return sent;
                }
                sent += sentForAggregate;
            }
        }
        return sent;
    }

    /** Returns the number published, or -1 when the broker failed and the run should stop. */
    private int publishInOrder(String collection, Document aggregate) {
        int sent = 0;
        for (Document event : aggregate.getList("outbox", Document.class)) {
            try {
                send(event);
            } catch (Exception e) {
                if (brokerReachable.compareAndSet(true, false)) {
                    log.warn("Kafka unreachable, {} events wait in the outbox until it is back: {}", properties.topic(),
                            e.getMessage());
                }
                return -1;
            }
            if (brokerReachable.compareAndSet(false, true)) {
                log.info("Kafka reachable again, publishing the waiting events of {}", properties.topic());
            }
            removeFromOutbox(collection, aggregate, event);
            published.incrementAndGet();
            sent++;
        }
        return sent;
    }

    private void removeFromOutbox(String collection, Document aggregate, Document event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                new Update().pull("outbox", new Document(idKey(event), eventId(event))), collection);
    }

    private void send(Document event) throws Exception {
        EventEnvelope envelope = new EventEnvelope(eventId(event), event.getString("type"),
                event.getInteger("version"), event.getString("municipality"), event.getString("aggregateId"),
                toInstant(event.get("occurredAt")), event.getString("correlationId"),
                EventJson.mapper().readTree(event.getString("payload")));
        ProducerRecord<String, String> record = new ProducerRecord<>(properties.topic(), envelope.aggregateId(),
                EventJson.write(envelope));
        record.headers().add(EventHeaders.EVENT_TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
        if (envelope.correlationId() != null) {
            record.headers().add(EventHeaders.REQUEST_ID, envelope.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Spring Data stores a record component named {@code id} as {@code _id}, nested or not. */
    private static String idKey(Document event) {
        return event.containsKey("_id") ? "_id" : "id";
    }

    private static String eventId(Document event) {
        return event.getString(idKey(event));
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.util.Date date ? date.toInstant() : Instant.parse(String.valueOf(value));
    }

    private void runOnce() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // MongoDB itself may be briefly unreachable; the next run tries again.
            log.warn("Outbox relay run failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long tickMillis = 50;
        long pollTicks = Math.max(1, properties.pollInterval().toMillis() / tickMillis);
        AtomicLong ticks = new AtomicLong();
        executor.scheduleWithFixedDelay(() -> {
            boolean due = ticks.incrementAndGet() % pollTicks == 0;
            if (wakeUpRequested.getAndSet(false) || due) {
                runOnce();
            }
        }, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
