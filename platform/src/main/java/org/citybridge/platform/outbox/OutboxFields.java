package org.citybridge.platform.outbox;

/**
 * The fields of an aggregate's document that belong to the outbox rather than to the aggregate: the
 * aggregate store writes the first two, the relay all of them; no aggregate maps them.
 */
public final class OutboxFields {

    /** The events waiting to be published, oldest first. */
    public static final String EVENTS = "outbox";
    /** Present (true) while events wait: what the relay looks for, with a sparse index. */
    public static final String PENDING = "outboxPending";
    /** The relay instance publishing this aggregate's events now, and until when its claim holds. */
    public static final String CLAIMED_BY = "outboxClaimedBy";
    public static final String CLAIMED_UNTIL = "outboxClaimedUntil";

    private OutboxFields() {
    }
}
