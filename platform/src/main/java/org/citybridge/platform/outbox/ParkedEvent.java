package org.citybridge.platform.outbox;

import java.time.Instant;

import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * An event Kafka refused for good (too large, not serialisable), taken out of its aggregate's outbox
 * so that the events behind it keep flowing. It waits here, with the reason, until an admin retries it
 * ({@code POST /admin/outbox/parked/{eventId}/retry}, {@code ./citybridge outbox retry}).
 *
 * @param collection the aggregate's collection, where a retry puts the event back
 * @param event      the outbox entry as it was stored
 * @param attempts   how often it was parked: a retry that fails again parks it again
 */
@org.springframework.data.mongodb.core.mapping.Document(ParkedEvent.COLLECTION)
public record ParkedEvent(@Id String id, String collection, String aggregateId, String type, String reason,
        Instant parkedAt, int attempts, Document event) {

    public static final String COLLECTION = "outbox_parked";
    /** Carried by a retried event in its outbox entry, so that parking it again counts on. */
    static final String ATTEMPTS_FIELD = "parkedAttempts";
}
