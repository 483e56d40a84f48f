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
 */
public record EventEnvelope(String id, String type, int version, String municipality, String aggregateId,
        Instant occurredAt, String correlationId, JsonNode payload) {

    public boolean is(EventType eventType) {
        return eventType.qualifiedName().equals(type);
    }

    public <T> T payloadAs(Class<T> contract) {
        return EventJson.mapper().treeToValue(payload, contract);
    }
}
