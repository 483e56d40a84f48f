package org.citybridge.platform.event;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON dialect of events. Fixed here rather than taken from the application's mapper so that
 * a service changing its HTTP JSON settings cannot change what it puts on the wire.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // Consumers read only the fields they need: new producer fields must not break them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static String write(EventEnvelope envelope) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", envelope.id());
        node.put("type", envelope.type());
        node.put("version", envelope.version());
        node.put("municipality", envelope.municipality());
        node.put("aggregateId", envelope.aggregateId());
        node.put("occurredAt", envelope.occurredAt().toString());
        node.put("correlationId", envelope.correlationId());
        if (envelope.sequence() != null) {
            node.put("sequence", envelope.sequence());
        }
        node.set("payload", envelope.payload());
        return MAPPER.writeValueAsString(node);
    }

    /**
     * Reads an envelope, rejecting anything that is not one: such a record can never succeed on a
     * retry, so it goes straight to the dead-letter topic.
     */
    public static EventEnvelope read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new PoisonEventException("Not JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new PoisonEventException("Event is not a JSON object");
        }
        for (String field : new String[] {"id", "type", "version", "municipality", "aggregateId", "occurredAt", "payload"}) {
            if (!node.hasNonNull(field)) {
                throw new PoisonEventException("Event envelope lacks '" + field + "'");
            }
        }
        try {
            return MAPPER.treeToValue(node, EventEnvelope.class);
        } catch (RuntimeException e) {
            throw new PoisonEventException("Malformed event envelope: " + e.getMessage(), e);
        }
    }
}
