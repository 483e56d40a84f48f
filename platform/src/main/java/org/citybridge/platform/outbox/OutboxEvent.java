package org.citybridge.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.web.RequestId;
import org.slf4j.MDC;

/**
 * An event waiting in its aggregate's document until the relay has published it. The payload is kept
 * as JSON text so the stored form is exactly what goes on the wire.
 *
 * @param sequence    the event's place among its aggregate's events (see {@link org.citybridge.platform.event.EventEnvelope})
 * @param traceparent the W3C trace context of the request that caused it: the relay publishes later, on
 *                    its own thread, and puts it on the record so that the consumer's work joins the
 *                    request's trace; null when nothing was traced
 */
public record OutboxEvent(String id, String type, int version, String municipality, String aggregateId,
        Instant occurredAt, String correlationId, String payload, Long sequence, String traceparent) {

    public static OutboxEvent of(EventType type, String municipality, String aggregateId, Object payload,
            long sequence) {
        return new OutboxEvent(UUID.randomUUID().toString(), type.qualifiedName(), type.version(), municipality,
                aggregateId, Instant.now(), RequestId.currentOrNew(), EventJson.write(payload), sequence,
                currentTraceparent());
    }

    /** From the trace ids Micrometer Tracing keeps in the logging context of the current request. */
    private static String currentTraceparent() {
        String traceId = MDC.get("traceId");
        String spanId = MDC.get("spanId");
        return traceId == null || spanId == null ? null : "00-" + traceId + "-" + spanId + "-01";
    }
}
