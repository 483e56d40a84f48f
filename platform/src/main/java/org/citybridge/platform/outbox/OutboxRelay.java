package org.citybridge.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, and removes each one
 * only after Kafka acknowledged it ({@code acks=all}, idempotent producer). While Kafka is down the
 * events stay in MongoDB and go out when it is back: delayed, never dropped. A crash after the
 * publish but before the removal publishes the event again; consumers de-duplicate by event id.
 * <ul>
 * <li><b>One instance at a time per aggregate.</b> Before publishing an aggregate's events the relay
 * claims its document for {@code lease} ({@value OutboxFields#CLAIMED_BY}); other instances of the
 * service skip it until the claim is released or expires (a crashed instance's claim does).</li>
 * <li><b>Indexed.</b> The store flags a document with waiting events ({@value OutboxFields#PENDING});
 * the relay looks only for that flag, through a sparse index, and removes it when the outbox is empty.</li>
 * <li><b>Never stalled by one record.</b> A record Kafka refuses for good (too large, unserialisable)
 * is parked in {@value ParkedEvent#COLLECTION} with its reason, and the events behind it go on; any
 * other failure ends the run as an outage does, and the next run tries again.</li>
 * </ul>
 * The relay removes an event with {@code $pull}, without touching the aggregate's version. That is safe
 * because {@link org.citybridge.platform.store.AggregateStore} never writes an outbox back: it only
 * appends the events recorded since loading (docs/events.md, "Guarantees").
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private enum Outcome { DONE, EMPTIED_AND_RELEASED, BROKER_FAILED }

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final List<String> collections;
    private final String instance;
    private final WakeUps wakeUps = new WakeUps();
    private final Queue<Saved> saved = new ConcurrentLinkedQueue<>();
    private volatile boolean sweepRequested;
    private volatile long lastSweep = System.nanoTime();
    private final AtomicBoolean brokerReachable = new AtomicBoolean(true);
    private final AtomicLong published = new AtomicLong();
    private final Counter publishedCounter;
    private final Counter parkedCounter;
    private final Timer lag;
    private volatile boolean running;
    private ExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            List<String> collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.collections = List.copyOf(collections);
        this.instance = UUID.randomUUID().toString();
        this.publishedCounter = Counter.builder("citybridge.outbox.published")
                .description("Events the relay published").tag("topic", properties.topic()).register(meters);
        // Not "parked": that is the gauge of what lies parked now, and Prometheus wants one type per name.
        this.parkedCounter = Counter.builder("citybridge.outbox.parkings")
                .description("Events the relay parked because Kafka refused them for good")
                .tag("topic", properties.topic()).register(meters);
        this.lag = Timer.builder("citybridge.outbox.lag")
                .description("From an event's recording to Kafka's acknowledgement").tag("topic", properties.topic())
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Starts a run over everything pending now, or right after the run under way. */
    public void wakeUp() {
        sweepRequested = true;
        wakeUps.signal();
    }

    /**
     * Starts a run for the aggregate just saved with new events, now or right after the run under way. The
     * run claims it by its id, so the events go out without a search through the collections for the flag.
     */
    public void wakeUp(String collection, Object aggregateId) {
        saved.add(new Saved(collection, aggregateId));
        wakeUps.signal();
    }

    public long publishedCount() {
        return published.get();
    }

    public List<String> collections() {
        return collections;
    }

    /**
     * Makes documents written before the flag existed findable and indexes the flag. Run once at
     * start; harmless to repeat.
     */
    public void prepare() {
        for (String collection : collections) {
            mongo.indexOps(collection).createIndex(new Index(OutboxFields.PENDING, Sort.Direction.ASC).sparse()
                    .named("outbox_pending"));
            mongo.updateMulti(Query.query(Criteria.where(OutboxFields.EVENTS + ".0").exists(true)
                    .and(OutboxFields.PENDING).exists(false)), Update.update(OutboxFields.PENDING, true), collection);
        }
    }

    /** Publishes everything pending now that no other instance holds; returns how many events went out. */
    public synchronized int publishPending() {
        lastSweep = System.nanoTime();
        int sent = 0;
        for (String collection : collections) {
            for (int i = 0; i < properties.batchSize(); i++) {
                Document aggregate = claimNext(collection, Criteria.where(OutboxFields.PENDING).is(true));
                if (aggregate == null) {
                    break;
                }
                long before = published.get();
                Outcome outcome = publishClaimed(collection, aggregate);
                sent += (int) (published.get() - before);
                if (outcome == Outcome.BROKER_FAILED) {
                    return sent;
                }
            }
        }
        return sent;
    }

    /**
     * Publishes the events of the aggregates saved since the last run, claimed by id; returns how many went
     * out. One that another instance holds, or whose events went out already, is skipped: the sweep
     * ({@link #publishPending()}) is there for whatever is left.
     */
    public synchronized int publishSaved() {
        Set<Saved> batch = new LinkedHashSet<>();
        for (Saved next = saved.poll(); next != null; next = saved.poll()) {
            batch.add(next);
        }
        int sent = 0;
        for (Saved aggregate : batch) {
            Document claimed = claimNext(aggregate.collection(), Criteria.where("_id").is(aggregate.id())
                    .and(OutboxFields.PENDING).is(true));
            if (claimed == null) {
                continue;
            }
            long before = published.get();
            Outcome outcome = publishClaimed(aggregate.collection(), claimed);
            sent += (int) (published.get() - before);
            if (outcome == Outcome.BROKER_FAILED) {
                return sent;
            }
        }
        return sent;
    }

    private Outcome publishClaimed(String collection, Document aggregate) {
        Outcome outcome = Outcome.BROKER_FAILED;
        try {
            outcome = publishInOrder(collection, aggregate);
        } finally {
            if (outcome != Outcome.EMPTIED_AND_RELEASED) {
                release(collection, aggregate.get("_id"));
            }
        }
        return outcome;
    }

    private Document claimNext(String collection, Criteria which) {
        Date now = new Date();
        Query claimable = Query.query(which.orOperator(
                Criteria.where(OutboxFields.CLAIMED_UNTIL).exists(false),
                Criteria.where(OutboxFields.CLAIMED_UNTIL).lt(now)));
        Update claim = new Update().set(OutboxFields.CLAIMED_BY, instance)
                .set(OutboxFields.CLAIMED_UNTIL, Date.from(now.toInstant().plus(properties.lease())));
        return mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    /**
     * Removes the last event just published and lets go of the claim in one write, when it is the only one
     * left: the events before it were removed one by one, saves only ever append, and nobody else removes
     * while this instance holds the claim, so one entry left is that event. Returns false, and changes
     * nothing, when a save appended more meanwhile (or the claim was lost); the caller then goes the long way.
     */
    private boolean emptyAndRelease(String collection, Object id) {
        Query onlyThatEventLeft = Query.query(claimedByMe(id).and(OutboxFields.EVENTS).size(1));
        Update emptyAndUnclaim = unclaim().set(OutboxFields.EVENTS, List.of()).unset(OutboxFields.PENDING);
        return mongo.updateFirst(onlyThatEventLeft, emptyAndUnclaim, collection).getModifiedCount() == 1;
    }

    /**
     * The aggregate while this instance holds it (flagged all that time: only the release unflags it). One
     * document with {@code _id} beside the rest, never a top-level {@code $and}: the embedded store answers the
     * former from its {@code _id} index and scans the whole collection for the latter.
     */
    private Criteria claimedByMe(Object id) {
        return Criteria.where("_id").is(id).and(OutboxFields.PENDING).is(true).and(OutboxFields.CLAIMED_BY)
                .is(instance);
    }

    /** Lets go of the claim; the flag goes too when nothing waits any more (new events keep it). */
    private void release(String collection, Object id) {
        long emptied = mongo.updateFirst(Query.query(claimedByMe(id).and(OutboxFields.EVENTS).size(0)),
                unclaim().unset(OutboxFields.PENDING), collection).getModifiedCount();
        if (emptied == 0) {
            mongo.updateFirst(Query.query(claimedByMe(id)), unclaim(), collection);
        }
    }

    private static Update unclaim() {
        return new Update().unset(OutboxFields.CLAIMED_BY).unset(OutboxFields.CLAIMED_UNTIL);
    }

    private Outcome publishInOrder(String collection, Document aggregate) {
        List<Document> events = aggregate.getList(OutboxFields.EVENTS, Document.class, List.of());
        for (int i = 0; i < events.size(); i++) {
            Document event = events.get(i);
            try {
                send(event);
            } catch (Exception e) {
                if (SendFailures.isPermanent(e)) {
                    park(collection, aggregate, event, e);
                    continue;
                }
                if (brokerReachable.compareAndSet(true, false)) {
                    log.warn("Kafka unreachable, {} events wait in the outbox until it is back: {}", properties.topic(),
                            e.getMessage());
                }
                return Outcome.BROKER_FAILED;
            }
            if (brokerReachable.compareAndSet(false, true)) {
                log.info("Kafka reachable again, publishing the waiting events of {}", properties.topic());
            }
            published.incrementAndGet();
            publishedCounter.increment();
            if (i == events.size() - 1 && emptyAndRelease(collection, aggregate.get("_id"))) {
                return Outcome.EMPTIED_AND_RELEASED;
            }
            removeFromOutbox(collection, aggregate.get("_id"), event);
        }
        return Outcome.DONE;
    }

    /**
     * Stores the event with its reason first and only then takes it out of the outbox: a crash in
     * between leaves it in both, and the next run parks it again (its id is already there) and removes it.
     */
    private void park(String collection, Document aggregate, Document event, Exception failure) {
        String reason = rootMessage(failure);
        String id = eventId(event);
        int attempts = event.getInteger(ParkedEvent.ATTEMPTS_FIELD, 0) + 1;
        try {
            mongo.insert(new ParkedEvent(id, collection, String.valueOf(aggregate.get("_id")), event.getString("type"),
                    reason, Instant.now(), attempts, event));
        } catch (DuplicateKeyException parkedBeforeACrash) {
            // Parked already by a run that died before removing it from the outbox: only the removal is left.
        }
        removeFromOutbox(collection, aggregate.get("_id"), event);
        parkedCounter.increment();
        log.error("Parked event {} ({}) of {} {}: Kafka refused it for good: {}. The events behind it go on; "
                + "see GET /admin/outbox", id, event.getString("type"), collection, aggregate.get("_id"), reason);
    }

    private void removeFromOutbox(String collection, Object aggregateId, Document event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                new Update().pull(OutboxFields.EVENTS, new Document(idKey(event), eventId(event))), collection);
    }

    private void send(Document event) throws Exception {
        ProducerRecord<String, String> record = toRecord(event);
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        Instant occurredAt = toInstant(event.get("occurredAt"));
        lag.record(Duration.between(occurredAt, Instant.now()).abs());
    }

    private ProducerRecord<String, String> toRecord(Document event) {
        EventEnvelope envelope;
        try {
            envelope = new EventEnvelope(eventId(event), event.getString("type"), event.getInteger("version"),
                    event.getString("municipality"), event.getString("aggregateId"), toInstant(event.get("occurredAt")),
                    event.getString("correlationId"), EventJson.mapper().readTree(event.getString("payload")),
                    event.get("sequence") instanceof Number number ? number.longValue() : null);
        } catch (RuntimeException e) {
            throw new SendFailures.UnreadableOutboxEvent("Unreadable outbox entry: " + e.getMessage(), e);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(properties.topic(), envelope.aggregateId(),
                EventJson.write(envelope));
        record.headers().add(EventHeaders.EVENT_TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
        if (envelope.correlationId() != null) {
            record.headers().add(EventHeaders.REQUEST_ID, envelope.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        String traceparent = event.getString(EventHeaders.TRACEPARENT);
        if (traceparent != null) {
            record.headers().add(EventHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    /** An aggregate saved with new events, as the save named it. */
    private record Saved(String collection, Object id) {
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Spring Data stores a record component named {@code id} as {@code _id}, nested or not. */
    private static String idKey(Document event) {
        return event.containsKey("_id") ? "_id" : "id";
    }

    static String eventId(Document event) {
        return event.getString(idKey(event));
    }

    private static Instant toInstant(Object value) {
        return value instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(value));
    }

    private void runOnce(boolean woken) {
        try {
            publishSaved();
            boolean sweepDue = System.nanoTime() - lastSweep >= properties.pollInterval().toNanos();
            if (!woken || sweepDue || sweepRequested) {
                sweepRequested = false;
                publishPending();
            }
        } catch (RuntimeException e) {
            // MongoDB itself may be briefly unreachable; the next run tries again.
            log.warn("Outbox relay run failed: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        try {
            prepare();
        } catch (RuntimeException e) {
            log.warn("Could not prepare the outbox collections now ({}); the relay runs anyway", e.getMessage());
        }
        running = true;
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::relayUntilStopped);
    }

    /**
     * Runs as soon as a save hands over a wake-up, for the aggregates saved, and sweeps the collections for
     * everything pending every poll interval (the safety net for events nobody woke it for: another
     * instance's expired claim, a run that failed). A wake-up that comes during a run makes the next run
     * start right after it.
     */
    private void relayUntilStopped() {
        while (running) {
            boolean woken;
            try {
                woken = wakeUps.await(properties.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (running) {
                runOnce(woken);
            }
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            running = false;
            wakeUps.signal();
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
