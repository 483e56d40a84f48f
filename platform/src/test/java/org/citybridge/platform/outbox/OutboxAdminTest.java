package org.citybridge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.memory.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** What an operator sees of the outboxes and how a parked event is put back once its cause is fixed. */
class OutboxAdminTest {

    private final MemoryMongo memory = new MemoryMongo();
    private final MongoTemplate mongo = memory.template();
    @SuppressWarnings("unchecked")
    private final OutboxRelay relay = org.mockito.Mockito.spy(new OutboxRelay(mongo, mock(KafkaTemplate.class),
            new OutboxProperties("citybridge.widgets", Duration.ofHours(1), null, null, null),
            List.of("widgets", "gadgets"), new SimpleMeterRegistry()));
    private final OutboxAdmin admin = new OutboxAdmin(mongo, relay);

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void countsWaitingAggregatesOverEveryCollectionAndWhatIsParked() {
        mongo.insert(new Document("_id", "w1").append(OutboxFields.PENDING, true), "widgets");
        mongo.insert(new Document("_id", "w2"), "widgets");
        mongo.insert(new Document("_id", "g1").append(OutboxFields.PENDING, true), "gadgets");
        park("e1", "w2", Instant.now());

        OutboxAdmin.Status status = admin.status();

        assertThat(status.pendingAggregates()).isEqualTo(2);
        assertThat(status.parked()).isEqualTo(1);
        assertThat(admin.lastStatus()).as("the last count, without waiting").isEqualTo(status);
    }

    @Test
    void aStaleCountIsRefreshedInTheBackground() {
        // Inserted first: the first call starts a count, and one that ran before the insert would stay
        // fresh for ten seconds (this test failed that way on a loaded machine).
        mongo.insert(new Document("_id", "w1").append(OutboxFields.PENDING, true), "widgets");
        admin.lastStatus();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> admin.lastStatus().pendingAggregates() == 1);
    }

    @Test
    void parkedEventsAreListedNewestFirst() {
        park("old", "w1", Instant.parse("2026-03-01T10:00:00Z"));
        park("new", "w1", Instant.parse("2026-03-02T10:00:00Z"));
        park("mid", "w1", Instant.parse("2026-03-01T12:00:00Z"));

        assertThat(admin.parked(2)).extracting(ParkedEvent::id).containsExactly("new", "mid");
    }

    @Test
    void aRetryPutsTheEventBackBehindTheAggregatesOthers() {
        mongo.insert(new Document("_id", "w1").append(OutboxFields.EVENTS,
                new ArrayList<>(List.of(new Document("_id", "later")))), "widgets");
        park("e1", "w1", Instant.now());

        ParkedEvent retried = admin.retry("e1");

        assertThat(retried.id()).isEqualTo("e1");
        Document aggregate = mongo.findById("w1", Document.class, "widgets");
        assertThat(aggregate.getList(OutboxFields.EVENTS, Document.class)).extracting(event -> event.getString("_id"))
                .containsExactly("later", "e1");
        assertThat(aggregate.getList(OutboxFields.EVENTS, Document.class).get(1).getInteger(ParkedEvent.ATTEMPTS_FIELD))
                .isEqualTo(1);
        assertThat(aggregate).containsEntry(OutboxFields.PENDING, true);
        assertThat(admin.parked(10)).isEmpty();
        org.mockito.Mockito.verify(relay).wakeUp();
    }

    @Test
    void anUnknownOrOrphanedParkedEventIsNotFound() {
        assertThatThrownBy(() -> admin.retry("nope")).isInstanceOf(NotFoundException.class);
        park("e1", "gone", Instant.now());

        assertThatThrownBy(() -> admin.retry("e1")).isInstanceOf(NotFoundException.class);
        assertThat(admin.parked(10)).as("kept until its aggregate can take it").hasSize(1);
    }

    private void park(String id, String aggregateId, Instant at) {
        mongo.insert(new ParkedEvent(id, "widgets", aggregateId, "widget.created.v1", "too large", at, 1,
                new Document("_id", id).append("type", "widget.created.v1")));
    }
}
