package org.citybridge.platform.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Marks one event as handled by one consumer; the id is unique, so a replay is recognised. */
@Document("processed_events")
record ProcessedEvent(@Id String id, String consumer, String eventId, String type, Instant processedAt) {

    static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}
