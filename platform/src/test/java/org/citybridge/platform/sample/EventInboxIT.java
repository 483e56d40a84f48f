package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.event.PoisonEventException;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

@StackTest
class EventInboxIT {

    @Autowired
    EventInbox inbox;

    @Autowired
    WidgetListener listener;

    @Autowired
    MongoTemplate mongo;

    @Test
    void handlesTheSameEventOnlyOncePerConsumer() {
        String json = envelope(UUID.randomUUID().toString(), "replayed");
        AtomicInteger calls = new AtomicInteger();

        inbox.receive("test-consumer", json, envelope -> calls.incrementAndGet());
        inbox.receive("test-consumer", json, envelope -> calls.incrementAndGet());
        inbox.receive("other-consumer", json, envelope -> calls.incrementAndGet());

        assertThat(calls).hasValue(2);
    }

    @Test
    void aHandlerThatFailsLeavesTheEventUnprocessedSoARetryRunsIt() {
        String json = envelope(UUID.randomUUID().toString(), "flaky");
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> inbox.receive("flaky-consumer", json, envelope -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database hiccup");
        })).isInstanceOf(IllegalStateException.class);
        inbox.receive("flaky-consumer", json, envelope -> calls.incrementAndGet());

        assertThat(calls).hasValue(2);
    }

    /** The replay window: ids older than the retention go, so processed_events does not grow for ever. */
    @Test
    void processedIdsOlderThanTheRetentionArePruned() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        inbox.receive("pruned-consumer", envelope(old, "old"), envelope -> { });
        inbox.receive("pruned-consumer", envelope(recent, "recent"), envelope -> { });
        mongo.updateFirst(Query.query(Criteria.where("eventId").is(old)),
                Update.update("processedAt", Date.from(Instant.now().minus(Duration.ofDays(31)))), "processed_events");

        assertThat(inbox.prune()).isPositive();

        assertThat(inbox.hasProcessed("pruned-consumer", old)).isFalse();
        assertThat(inbox.hasProcessed("pruned-consumer", recent)).isTrue();
    }

    @Test
    void rejectsRecordsThatAreNoEnvelope() {
        assertThatThrownBy(() -> inbox.receive("c", "{not json", e -> { })).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> inbox.receive("c", "{\"id\":\"x\"}", e -> { }))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("type");
    }

    @Test
    void aListenerDeliveredTheSameRecordTwiceHandlesItOnce() {
        String id = UUID.randomUUID().toString();
        String json = envelope(id, "twice");

        TopicProbe.send(WidgetListener.TOPIC, "k-" + id, json);
        TopicProbe.send(WidgetListener.TOPIC, "k-" + id, json);
        String marker = envelope(UUID.randomUUID().toString(), "after");
        TopicProbe.send(WidgetListener.TOPIC, "k-" + id, marker);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listener.handled().stream()
                .anyMatch(envelope -> envelope.payload().get("name").asString().equals("after")));
        assertThat(listener.handled().stream().filter(envelope -> envelope.id().equals(id))).hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        String key = "poison-" + UUID.randomUUID();
        TopicProbe.send(WidgetListener.TOPIC, key, "this is not an event");
        String next = envelope(UUID.randomUUID().toString(), "behind-poison-" + key);
        TopicProbe.send(WidgetListener.TOPIC, key, next);

        TopicProbe.awaitRecords(EventHeaders.deadLetter(WidgetListener.TOPIC), record -> key.equals(record.key()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listener.handled().stream()
                .anyMatch(envelope -> envelope.payload().get("name").asString().equals("behind-poison-" + key)));
    }

    private static String envelope(String id, String name) {
        return EventJson.write(new EventEnvelope(id, "widget.created.v1", 1, "almelo", "w-" + id, Instant.now(),
                "req-" + id, EventJson.mapper().valueToTree(new Widget.Created("w-" + id, name))));
    }
}
