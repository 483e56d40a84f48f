package org.citybridge.events.registration;

/**
 * A session a person chose, and where they stand in it.
 *
 * @param position the position on the session's wait list, when {@link Standing#WAITLISTED}
 */
public record SessionPlace(String sessionId, Standing standing, Long position) {

    public enum Standing {
        /** Chosen while the person waits for the congress itself: no place is held or waited for yet. */
        WISHED,
        CONFIRMED,
        WAITLISTED
    }

    public static SessionPlace wished(String sessionId) {
        return new SessionPlace(sessionId, Standing.WISHED, null);
    }

    public static SessionPlace confirmed(String sessionId) {
        return new SessionPlace(sessionId, Standing.CONFIRMED, null);
    }

    public static SessionPlace waitlisted(String sessionId, long position) {
        return new SessionPlace(sessionId, Standing.WAITLISTED, position);
    }

    public boolean isConfirmed() {
        return standing == Standing.CONFIRMED;
    }

    public boolean isWaitlisted() {
        return standing == Standing.WAITLISTED;
    }
}
