package org.citybridge.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.memory.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A consumer handles each event once, however often Kafka delivers it, within the replay window. */
class EventInboxTest {

    private final MemoryMongo memory = new MemoryMongo();
    private final EventInbox inbox = new EventInbox(memory.template(), Duration.ofDays(7));
    private final List<String> handled = new ArrayList<>();

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void anEventDeliveredTwiceIsHandledOnce() {
        String record = envelope("e1");

        inbox.receive("listing", record, event -> handled.add(event.id()));
        inbox.receive("listing", record, event -> handled.add(event.id()));

        assertThat(handled).containsExactly("e1");
        assertThat(inbox.hasProcessed("listing", "e1")).isTrue();
    }

    @Test
    void eachConsumerHandlesTheEventItself() {
        inbox.receive("listing", envelope("e1"), event -> handled.add("listing"));
        inbox.receive("mailing", envelope("e1"), event -> handled.add("mailing"));

        assertThat(handled).containsExactly("listing", "mailing");
        assertThat(inbox.hasProcessed("other", "e1")).isFalse();
    }

    @Test
    void anEventWhoseHandlerFailedIsHandledAgainWhenRedelivered() {
        assertThatThrownBy(() -> inbox.receive("listing", envelope("e1"), event -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inbox.hasProcessed("listing", "e1")).isFalse();

        inbox.receive("listing", envelope("e1"), event -> handled.add(event.id()));

        assertThat(handled).containsExactly("e1");
    }

    @Test
    void idsOlderThanTheRetentionArePrunedOnTheFirstReceive() {
        memory.template().insert(new ProcessedEvent("listing:old", "listing", "old", "t.v1",
                Instant.now().minus(Duration.ofDays(8))));
        memory.template().insert(new ProcessedEvent("listing:recent", "listing", "recent", "t.v1",
                Instant.now().minus(Duration.ofDays(6))));

        inbox.receive("listing", envelope("e1"), event -> handled.add(event.id()));

        assertThat(inbox.hasProcessed("listing", "old")).as("outside the replay window").isFalse();
        assertThat(inbox.hasProcessed("listing", "recent")).isTrue();
        assertThat(inbox.prune()).as("nothing older left").isZero();
    }

    @Test
    void pruningRunsAtMostOnceAnHour() {
        inbox.receive("listing", envelope("e1"), event -> handled.add(event.id()));
        memory.template().insert(new ProcessedEvent("listing:old", "listing", "old", "t.v1",
                Instant.now().minus(Duration.ofDays(8))));

        inbox.receive("listing", envelope("e2"), event -> handled.add(event.id()));

        assertThat(inbox.hasProcessed("listing", "old")).as("pruned next hour").isTrue();
        assertThat(inbox.prune()).isEqualTo(1);
    }

    private static String envelope(String id) {
        return EventJson.write(new EventEnvelope(id, "widget.created.v1", 1, "almelo", "w1", Instant.now(), "r1",
                EventJson.mapper().createObjectNode().put("name", "gear"), 1L));
    }
}
