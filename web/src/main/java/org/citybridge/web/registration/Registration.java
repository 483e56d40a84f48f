package org.citybridge.web.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A registration as its holder sees it ({@code GET /api/registrations/{code}} with the management token). The
 * token itself is only in the answer that created it.
 *
 * @param placeInLine how many wait before the person, plus one, while WAITLISTED
 */
public record Registration(String code, String congressId, String status, Long position, Long placeInLine,
        Instant offerExpiresAt, String managementToken, String name, String email, String organisation,
        String municipality, List<SessionPlace> sessions, String language, Instant registeredAt) {

    public Registration {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    public boolean waitlisted() {
        return "WAITLISTED".equals(status);
    }

    public boolean offered() {
        return "OFFERED".equals(status);
    }

    /** Cancelled, or an offer that expired: nothing left to change. */
    public boolean over() {
        return "CANCELLED".equals(status) || "EXPIRED".equals(status);
    }

    /** The place in line to show: now, else the position handed out. */
    public Long lineNumber() {
        return placeInLine != null ? placeInLine : position;
    }

    public Optional<SessionPlace> session(String sessionId) {
        return sessions.stream().filter(place -> place.sessionId().equals(sessionId)).findFirst();
    }

    public List<String> sessionIds() {
        return sessions.stream().map(SessionPlace::sessionId).toList();
    }

    /**
     * @param status CONFIRMED, WAITLISTED (with its position in the session's line) or WISHED (chosen while the
     *               person waits for the congress itself)
     */
    public record SessionPlace(String sessionId, String status, Long position) {
    }
}
