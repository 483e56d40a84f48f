package org.citybridge.events.registration;

public enum RegistrationStatus {
    /** Just written; its place is being decided. Nobody sees it like this but for a moment. */
    PENDING,
    /** Has a place at the congress. */
    CONFIRMED,
    /** Waits for a place, at a position. */
    WAITLISTED,
    /** A place came free and is offered; it passes on when not accepted in time (TIMED_OFFER). */
    OFFERED,
    /** Cancelled by the person. */
    CANCELLED,
    /** The offered place was not accepted in time and went to the next person. */
    EXPIRED;

    /** Whether the registration holds a place of the congress (its seat counter counts it). */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == OFFERED;
    }

    public boolean isOver() {
        return this == CANCELLED || this == EXPIRED;
    }
}
