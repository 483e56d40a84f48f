package org.citybridge.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.event.PoisonEventException;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.memory.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A city that joins becomes a member; the rest of the membership topic costs no store access. */
class MembershipListenerTest {

    private static final String JOINED = "municipality.joined.v1";

    private final MemoryMongo memory = new MemoryMongo();
    private final Membership membership = new Membership(memory.template(), Set.of("almelo"));
    private final MembershipListener listener = new MembershipListener(
            new EventInbox(memory.template(), Duration.ofDays(7)), membership, JOINED);

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void aCityThatJoinsIsAMemberAndTheEventIsRecordedAsProcessed() {
        listener.on(envelope("e1", JOINED, "gent"));

        assertThat(membership.isMember("gent")).isTrue();
        assertThat(processedEvents()).isEqualTo(1);
    }

    @Test
    void anotherEventOnTheTopicLeavesNoTraceInTheInbox() {
        listener.on(envelope("e1", "organisation.registered.v1", "gent"));

        assertThat(membership.isMember("gent")).isFalse();
        assertThat(processedEvents()).isZero();
    }

    @Test
    void aRecordThatIsNoEnvelopeIsStillPoison() {
        assertThatThrownBy(() -> listener.on("not json")).isInstanceOf(PoisonEventException.class);
    }

    private long processedEvents() {
        return memory.template().getCollection("processed_events").countDocuments();
    }

    private static String envelope(String id, String type, String municipality) {
        return EventJson.write(new EventEnvelope(id, type, 1, municipality, municipality, Instant.now(), "r1",
                EventJson.mapper().createObjectNode()));
    }
}
