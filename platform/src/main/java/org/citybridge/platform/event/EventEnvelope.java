package org.citybridge.platform.event;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * What travels on every CityBridge topic. Only the envelope is shared code; each consumer declares
 * its own record with the payload fields it reads (see {@link #payloadAs(Class)}).
 *
 * @param id            unique per event; consumers de-duplicate on it
 * @param type          versioned name, e.g. {@code organisation.registered.v1}
 * @param version       the payload's schema version, also the suffix of {@code type}
 * @param municipality  the tenant the event belongs to
 * @param aggregateId   the Kafka record key, so events of one aggregate stay in order
 * @param correlationId the request id of the HTTP request that caused the event
 * @param sequence      the event's place among all events of its aggregate (1, 2, ...): a consumer
 *                      that sees events out of order (a replay, a parked event put back) applies
 *                      them by it; null in events published before it existed
 */
public record EventEnvelope(String id, String type, int version, String municipality, String aggregateId,
        Instant occurredAt, String correlationId, JsonNode payload, Long sequence) {

    /** Without a sequence, as events from before it existed are, and as tests write them. */
    public EventEnvelope(String id, String type, int version, String municipality, String aggregateId,
            Instant occurredAt, String correlationId, JsonNode payload) {
        this(id, type, version, municipality, aggregateId, occurredAt, correlationId, payload, null);
    }

    /** Whether this event is older than the state a consumer already applied (both sequences known). */
    public boolean isOlderThan(Long appliedSequence) {
        return sequence != null && appliedSequence != null && sequence <= appliedSequence;
    }

    public boolean is(EventType eventType) {
        return eventType.qualifiedName().equals(type);
    }

    public <T> T payloadAs(Class<T> contract) {
        return EventJson.mapper().treeToValue(payload, contract);
    }
}
