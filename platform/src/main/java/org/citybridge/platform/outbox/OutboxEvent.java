package org.citybridge.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.web.RequestId;

/**
 * An event waiting in its aggregate's document until the relay has published it. The payload is kept
 * as JSON text so the stored form is exactly what goes on the wire.
 *
 * @param sequence the event's place among its aggregate's events (see {@link org.citybridge.platform.event.EventEnvelope})
 */
public record OutboxEvent(String id, String type, int version, String municipality, String aggregateId,
        Instant occurredAt, String correlationId, String payload, Long sequence) {

    public static OutboxEvent of(EventType type, String municipality, String aggregateId, Object payload,
            long sequence) {
        return new OutboxEvent(UUID.randomUUID().toString(), type.qualifiedName(), type.version(), municipality,
                aggregateId, Instant.now(), RequestId.currentOrNew(), EventJson.write(payload), sequence);
    }
}
