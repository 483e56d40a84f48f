package org.citybridge.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The envelope on the wire: what a consumer reads, what it refuses, and how it orders events. */
class EventEnvelopeTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    record Renamed(String name) {
    }

    @Test
    void anEnvelopeReadsBackAsWritten() {
        EventEnvelope written = envelope(7L);

        EventEnvelope read = EventJson.read(EventJson.write(written));

        assertThat(read).isEqualTo(written);
        assertThat(read.payloadAs(Renamed.class)).isEqualTo(new Renamed("cog"));
        assertThat(EventJson.write(written)).contains("\"occurredAt\":\"2026-03-01T10:00:00Z\"");
    }

    @Test
    void withoutASequenceTheFieldIsLeftOut() {
        String json = EventJson.write(new EventEnvelope("e1", "widget.renamed.v1", 1, "almelo", "w1", AT, null,
                EventJson.mapper().valueToTree(new Renamed("cog"))));

        assertThat(json).doesNotContain("sequence");
        assertThat(EventJson.read(json).sequence()).isNull();
    }

    @Test
    void anEventIsOlderOnlyWhenBothSequencesAreKnownAndItsIsNotHigher() {
        assertThat(envelope(3L).isOlderThan(4L)).isTrue();
        assertThat(envelope(4L).isOlderThan(4L)).as("the same event again").isTrue();
        assertThat(envelope(5L).isOlderThan(4L)).isFalse();
        assertThat(envelope(null).isOlderThan(4L)).isFalse();
        assertThat(envelope(3L).isOlderThan(null)).isFalse();
    }

    @Test
    void anEnvelopeIsOfTheTypeItsQualifiedNameSays() {
        assertThat(envelope(1L).is(EventType.of("widget.renamed", 1))).isTrue();
        assertThat(envelope(1L).is(EventType.of("widget.renamed", 2))).isFalse();
    }

    @Test
    void whatIsNotAnEnvelopeIsPoison() {
        assertThatThrownBy(() -> EventJson.read("{not json")).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> EventJson.read("[1]")).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> EventJson.read(EventJson.write(envelope(1L)).replace("\"municipality\":\"almelo\",", "")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("'municipality'");
        assertThatThrownBy(() -> EventJson.read(EventJson.write(envelope(1L)).replace("\"2026-03-01T10:00:00Z\"",
                "\"yesterday\""))).isInstanceOf(PoisonEventException.class).hasMessageContaining("Malformed");
    }

    @Test
    void fieldsAConsumerDoesNotKnowAreIgnored() {
        String json = EventJson.write(envelope(1L)).replace("{\"id\"", "{\"future\":true,\"id\"");

        assertThat(EventJson.read(json).id()).isEqualTo("e1");
    }

    private static EventEnvelope envelope(Long sequence) {
        return new EventEnvelope("e1", "widget.renamed.v1", 1, "almelo", "w1", AT, "r1",
                EventJson.mapper().valueToTree(new Renamed("cog")), sequence);
    }
}
