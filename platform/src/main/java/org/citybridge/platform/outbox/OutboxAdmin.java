package org.citybridge.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.citybridge.platform.domain.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** What waits in the outboxes and what was parked, and putting a parked event back. */
public class OutboxAdmin {

    /**
     * @param pendingAggregates documents whose events wait for the relay, over all outbox collections
     * @param countedAt         when it was counted; health and metrics show the last count
     */
    public record Status(long pendingAggregates, long parked, Instant countedAt) {
    }

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private volatile Status last = new Status(0, 0, Instant.EPOCH);
    private final AtomicBoolean counting = new AtomicBoolean();

    public OutboxAdmin(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Counts now (for the admin's question); blocks while MongoDB is away. */
    public Status status() {
        long pending = 0;
        for (String collection : relay.collections()) {
            pending += mongo.count(Query.query(Criteria.where(OutboxFields.PENDING).is(true)), collection);
        }
        Status counted = new Status(pending, mongo.count(new Query(), ParkedEvent.class), Instant.now());
        last = counted;
        return counted;
    }

    /**
     * The last count, for health and metrics; when it is older than ten seconds a new one is started in
     * the background. Neither ever waits for MongoDB: while it is away the "mongo" health check says
     * DOWN, and a second wait for the database would only make every health request slower.
     */
    public Status lastStatus() {
        if (last.countedAt().plus(FRESH).isBefore(Instant.now()) && counting.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    status();
                } catch (RuntimeException databaseAway) {
                    // The last count stays; the next request for it tries again.
                } finally {
                    counting.set(false);
                }
            });
        }
        return last;
    }

    public List<ParkedEvent> parked(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "parkedAt")).limit(limit), ParkedEvent.class);
    }

    /**
     * Appends the parked event to its aggregate's outbox again, for after the cause was fixed (a larger
     * message limit, say). It goes behind the aggregate's newer events: consumers that apply events by
     * their order must expect that (docs/events.md).
     */
    public ParkedEvent retry(String eventId) {
        ParkedEvent parked = Optional.ofNullable(mongo.findById(eventId, ParkedEvent.class))
                .orElseThrow(() -> NotFoundException.of("Parked event", eventId));
        long found = mongo.updateFirst(Query.query(Criteria.where("_id").is(parked.aggregateId())),
                new Update().push(OutboxFields.EVENTS, new Document(parked.event())
                        .append(ParkedEvent.ATTEMPTS_FIELD, parked.attempts())).set(OutboxFields.PENDING, true),
                parked.collection()).getMatchedCount();
        if (found == 0) {
            throw new NotFoundException("The aggregate of parked event " + eventId + " is gone");
        }
        mongo.remove(Query.query(Criteria.where("_id").is(eventId)), ParkedEvent.class);
        relay.wakeUp();
        return parked;
    }
}
