package org.citybridge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.bson.Document;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.memory.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The relay against a MongoDB in memory and a Kafka that answers as each test says: what it does when
 * the broker fails, when one record is refused for good, and how soon a wake-up gets events out.
 */
class OutboxRelayTest {

    private static final String WIDGETS = "widgets";

    private final MemoryMongo memory = new MemoryMongo();
    private final MongoTemplate mongo = memory.template();
    private final List<ProducerRecord<String, String>> sent = new CopyOnWriteArrayList<>();
    /** What Kafka answers to the next sends, oldest first; an empty queue acknowledges. */
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private OutboxRelay relay;
    /** When set, runs on the relay's thread inside the first send, before Kafka answers it. */
    private volatile Interruptible beforeFirstSend;
    /** When set, Kafka goes away after acknowledging this many sends. */
    private int failuresAfter = -1;

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.stop();
        }
        memory.close();
    }

    @Test
    void publishesEveryWaitingEventInOrderAndEmptiesTheOutbox() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"), event("e2", "widget.renamed.v1"));

        assertThat(relay.publishPending()).isEqualTo(2);

        assertThat(sent).extracting(ProducerRecord::key).containsExactly("agg-w1", "agg-w1");
        assertThat(sent).extracting(record -> header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("widget.created.v1", "widget.renamed.v1");
        assertThat(sent.get(0).value()).contains("\"id\":\"e1\"");
        assertThat(sent.get(0).topic()).isEqualTo("citybridge.widgets");
        assertThat(header(sent.get(0), EventHeaders.REQUEST_ID)).isEqualTo("corr-e1");
        assertThat(header(sent.get(0), EventHeaders.TRACEPARENT)).isEqualTo("00-trace-span-01");
        assertThat(outboxOf("w1")).isEmpty();
        assertThat(stored("w1")).doesNotContainKeys(OutboxFields.PENDING, OutboxFields.CLAIMED_BY,
                OutboxFields.CLAIMED_UNTIL);
        assertThat(relay.publishedCount()).isEqualTo(2);
        assertThat(meters.get("citybridge.outbox.published").counter().count()).isEqualTo(2);
        assertThat(relay.publishPending()).as("nothing waits any more").isZero();
    }

    @Test
    void anEventWithoutRequestIdOrTraceGoesOutWithoutThoseHeaders() {
        relay = relay(Duration.ofHours(1));
        Document bare = event("e1", "widget.created.v1");
        bare.remove("correlationId");
        bare.remove(EventHeaders.TRACEPARENT);
        waiting("w1", bare);

        relay.publishPending();

        assertThat(sent.get(0).headers().lastHeader(EventHeaders.REQUEST_ID)).isNull();
        assertThat(sent.get(0).headers().lastHeader(EventHeaders.TRACEPARENT)).isNull();
    }

    @Test
    void whenTheBrokerFailsTheRunEndsAndEveryEventStaysForTheNextRun() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"), event("e2", "widget.renamed.v1"));
        waiting("w2", event("e3", "widget.created.v1"));
        failures.add(new TimeoutException("broker away"));

        assertThat(relay.publishPending()).isZero();

        assertThat(sent).as("nothing after the failed send is tried in this run").isEmpty();
        assertThat(outboxOf("w1")).extracting(e -> e.getString("_id")).containsExactly("e1", "e2");
        assertThat(outboxOf("w2")).hasSize(1);
        assertThat(stored("w1")).containsEntry(OutboxFields.PENDING, true).doesNotContainKey(OutboxFields.CLAIMED_BY);
        assertThat(mongo.count(new Query(), ParkedEvent.class)).as("an outage parks nothing").isZero();

        assertThat(relay.publishPending()).as("the broker is back").isEqualTo(3);
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("agg-w1", "agg-w1", "agg-w2");
        assertThat(outboxOf("w1")).isEmpty();
    }

    @Test
    void aRecordKafkaRefusesForGoodIsParkedAndTheEventsBehindItGoOn() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"), event("e2", "widget.renamed.v1"));
        failures.add(new RecordTooLargeException("1 MB"));

        assertThat(relay.publishPending()).isEqualTo(1);

        assertThat(sent).extracting(record -> header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("widget.renamed.v1");
        assertThat(outboxOf("w1")).isEmpty();
        ParkedEvent parked = mongo.findById("e1", ParkedEvent.class);
        assertThat(parked).isNotNull();
        assertThat(parked.collection()).isEqualTo(WIDGETS);
        assertThat(parked.aggregateId()).isEqualTo("w1");
        assertThat(parked.type()).isEqualTo("widget.created.v1");
        assertThat(parked.reason()).isEqualTo("RecordTooLargeException: 1 MB");
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(meters.get("citybridge.outbox.parkings").counter().count()).isEqualTo(1);
    }

    @Test
    void anEventParkedBeforeIsCountedOnceMoreWhenRefusedAgain() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1").append(ParkedEvent.ATTEMPTS_FIELD, 2));
        failures.add(new RecordTooLargeException("still 1 MB"));

        relay.publishPending();

        assertThat(mongo.findById("e1", ParkedEvent.class).attempts()).isEqualTo(3);
    }

    @Test
    void anUnreadableEntryIsParkedWithItsCause() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1").append("payload", "{not json"));

        relay.publishPending();

        assertThat(sent).isEmpty();
        assertThat(mongo.findById("e1", ParkedEvent.class).reason()).isNotBlank();
        assertThat(outboxOf("w1")).isEmpty();
    }

    @Test
    void anAggregateAnotherInstanceHoldsIsLeftAloneUntilItsClaimExpires() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is("w1")),
                new org.springframework.data.mongodb.core.query.Update().set(OutboxFields.CLAIMED_BY, "other")
                        .set(OutboxFields.CLAIMED_UNTIL, Date.from(Instant.now().plusSeconds(60))),
                WIDGETS);

        assertThat(relay.publishPending()).isZero();
        assertThat(stored("w1")).containsEntry(OutboxFields.CLAIMED_BY, "other");

        mongo.updateFirst(Query.query(Criteria.where("_id").is("w1")),
                new org.springframework.data.mongodb.core.query.Update().set(OutboxFields.CLAIMED_UNTIL,
                        Date.from(Instant.now().minusSeconds(1))),
                WIDGETS);
        assertThat(relay.publishPending()).as("a crashed instance's claim expires").isEqualTo(1);
    }

    @Test
    void oneRunTakesAtMostABatchOfAggregatesPerCollection() {
        relay = new OutboxRelay(mongo, kafka(), new OutboxProperties("citybridge.widgets", Duration.ofHours(1), 2,
                Duration.ofSeconds(1), Duration.ofMinutes(1)), List.of(WIDGETS), meters);
        waiting("w1", event("e1", "widget.created.v1"));
        waiting("w2", event("e2", "widget.created.v1"));
        waiting("w3", event("e3", "widget.created.v1"));

        assertThat(relay.publishPending()).isEqualTo(2);
        assertThat(relay.publishPending()).isEqualTo(1);
    }

    @Test
    void prepareFlagsDocumentsWrittenBeforeTheFlagExisted() {
        relay = relay(Duration.ofHours(1));
        mongo.insert(new Document("_id", "old").append(OutboxFields.EVENTS, List.of(event("e1", "widget.created.v1"))),
                WIDGETS);
        mongo.insert(new Document("_id", "empty").append(OutboxFields.EVENTS, List.of()), WIDGETS);

        relay.prepare();

        assertThat(stored("old")).containsEntry(OutboxFields.PENDING, true);
        assertThat(stored("empty")).doesNotContainKey(OutboxFields.PENDING);
    }

    @Test
    void aWakeUpPublishesLongBeforeTheNextPoll() {
        relay = relay(Duration.ofHours(1));
        relay.start();
        assertThat(relay.isRunning()).isTrue();
        waiting("w1", event("e1", "widget.created.v1"));

        relay.wakeUp();

        await().atMost(Duration.ofSeconds(3)).until(() -> outboxOf("w1").isEmpty());
        assertThat(sent).hasSize(1);
    }

    @Test
    void aWakeUpForASavedAggregatePublishesThatOneAndLeavesTheRestToTheSweep() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"));
        waiting("w2", event("e2", "widget.created.v1"));

        relay.wakeUp(WIDGETS, "w2");
        relay.wakeUp(WIDGETS, "w2");

        assertThat(relay.publishSaved()).as("named twice, published once").isEqualTo(1);
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("agg-w2");
        assertThat(stored("w2")).doesNotContainKeys(OutboxFields.PENDING, OutboxFields.CLAIMED_BY);
        assertThat(stored("w1")).containsEntry(OutboxFields.PENDING, true);
        assertThat(relay.publishSaved()).isZero();
        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("agg-w2", "agg-w1");
    }

    @Test
    void aWakeUpForAnAggregateAnotherInstanceHoldsPublishesNothing() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is("w1")), new Update()
                .set(OutboxFields.CLAIMED_BY, "other").set(OutboxFields.CLAIMED_UNTIL,
                        Date.from(Instant.now().plus(Duration.ofMinutes(1)))), WIDGETS);

        relay.wakeUp(WIDGETS, "w1");

        assertThat(relay.publishSaved()).isZero();
        assertThat(sent).isEmpty();
        assertThat(stored("w1")).containsEntry(OutboxFields.CLAIMED_BY, "other");
    }

    @Test
    void anEventAppendedWhileTheLastOneIsSentIsNotEmptiedWithIt() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"));
        beforeFirstSend = () -> mongo.updateFirst(Query.query(Criteria.where("_id").is("w1")),
                new Update().push(OutboxFields.EVENTS, event("e2", "widget.renamed.v1")), WIDGETS);

        assertThat(relay.publishPending()).as("the run claims the aggregate again for the new event").isEqualTo(2);

        assertThat(sent).extracting(record -> header(record, EventHeaders.EVENT_TYPE))
                .containsExactly("widget.created.v1", "widget.renamed.v1");
        assertThat(outboxOf("w1")).isEmpty();
        assertThat(stored("w1")).doesNotContainKeys(OutboxFields.PENDING, OutboxFields.CLAIMED_BY,
                OutboxFields.CLAIMED_UNTIL);
    }

    @Test
    void aSaveDuringARunGoesOutWithoutWaitingForThePoll() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch acknowledge = new CountDownLatch(1);
        beforeFirstSend = () -> {
            sending.countDown();
            acknowledge.await();
        };
        relay = relay(Duration.ofHours(1));
        relay.start();
        waiting("w1", event("e1", "widget.created.v1"));
        relay.wakeUp();
        sending.await();

        waiting("w2", event("e2", "widget.created.v1"));
        relay.wakeUp();
        acknowledge.countDown();

        await().until(() -> sent.size() == 2);
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("agg-w1", "agg-w2");
    }

    @Test
    void withoutAWakeUpTheRelayWaitsForThePoll() {
        relay = relay(Duration.ofHours(1));
        relay.start();
        waiting("w1", event("e1", "widget.created.v1"));

        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(1)).until(sent::isEmpty);
    }

    @Test
    void thePollPublishesWhatNobodyWokeItFor() {
        relay = relay(Duration.ofMillis(100));
        relay.start();
        waiting("w1", event("e1", "widget.created.v1"));

        await().atMost(Duration.ofSeconds(3)).until(() -> sent.size() == 1);
    }

    @Test
    void stoppedItPublishesNothingMore() {
        relay = relay(Duration.ofMillis(100));
        relay.start();
        relay.stop();
        assertThat(relay.isRunning()).isFalse();
        waiting("w1", event("e1", "widget.created.v1"));
        relay.wakeUp();

        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(1)).until(sent::isEmpty);
    }

    @Test
    void aBrokerFailureAfterSomeAggregatesReportsWhatDidGoOut() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"));
        waiting("w2", event("e2", "widget.created.v1"));
        waiting("w3", event("e3", "widget.created.v1"));
        failuresAfter = 1;

        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(sent).hasSize(1);
        assertThat(relay.publishedCount()).isEqualTo(1);
    }

    @Test
    void theLagFromRecordingToAcknowledgementIsMeasuredPerEvent() {
        relay = relay(Duration.ofHours(1));
        waiting("w1", event("e1", "widget.created.v1"), event("e2", "widget.renamed.v1"));

        relay.publishPending();

        assertThat(meters.get("citybridge.outbox.lag").timer().count()).isEqualTo(2);
    }

    @Test
    void startingPreparesTheCollectionsSoOldDocumentsAreFound() {
        relay = relay(Duration.ofHours(1));
        mongo.insert(new Document("_id", "old").append(OutboxFields.EVENTS,
                new ArrayList<>(List.of(event("e1", "widget.created.v1")))), WIDGETS);

        relay.start();

        assertThat(stored("old")).containsEntry(OutboxFields.PENDING, true);
    }

    private OutboxRelay relay(Duration pollInterval) {
        return new OutboxRelay(mongo, kafka(), new OutboxProperties("citybridge.widgets", pollInterval, null,
                Duration.ofSeconds(1), null), List.of(WIDGETS), meters);
    }

    @SuppressWarnings("unchecked")
    private KafkaTemplate<String, String> kafka() {
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            Interruptible first = beforeFirstSend;
            if (first != null) {
                beforeFirstSend = null;
                first.run();
            }
            if (failuresAfter >= 0 && sent.size() >= failuresAfter) {
                return CompletableFuture.failedFuture(new TimeoutException("broker away"));
            }
            if (!failures.isEmpty()) {
                return CompletableFuture.failedFuture(failures.remove(0));
            }
            ProducerRecord<String, String> record = call.getArgument(0);
            sent.add(record);
            return CompletableFuture.completedFuture(new SendResult<>(record, null));
        });
        return kafka;
    }

    private interface Interruptible {
        void run() throws InterruptedException;
    }

    private void waiting(String aggregateId, Document... events) {
        for (Document event : events) {
            event.put("aggregateId", "agg-" + aggregateId);
        }
        mongo.insert(new Document("_id", aggregateId).append("name", "widget " + aggregateId)
                .append(OutboxFields.EVENTS, new ArrayList<>(List.of(events))).append(OutboxFields.PENDING, true),
                WIDGETS);
    }

    private static Document event(String id, String type) {
        return new Document("_id", id).append("type", type).append("version", 1).append("municipality", "almelo")
                .append("aggregateId", "agg").append("occurredAt", new Date())
                .append("correlationId", "corr-" + id).append("payload", "{\"name\":\"x\"}").append("sequence", 1L)
                .append(EventHeaders.TRACEPARENT, "00-trace-span-01");
    }

    private Document stored(String aggregateId) {
        return mongo.findById(aggregateId, Document.class, WIDGETS);
    }

    private List<Document> outboxOf(String aggregateId) {
        return stored(aggregateId).getList(OutboxFields.EVENTS, Document.class);
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
