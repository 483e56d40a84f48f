package org.citybridge.web.organise;

import java.time.Instant;
import java.util.List;

/** What the live part of a congress's page shows: who registered, who waits, who came in. */
public final class Attendance {

    private Attendance() {
    }

    /** GET /api/congresses/{id}/attendees: active registrations (confirmed, wait-listed, offered). */
    public record Attendee(String registrationId, String code, String status, Long position, String name, String email,
            String organisation, String municipality, List<String> sessions, Instant registeredAt) {

        public boolean waiting() {
            return "WAITLISTED".equals(status);
        }
    }

    /** GET /api/congresses/{id}/attendees/counts */
    public record Counts(long confirmed, long waitlisted, long offered, long cancelled) {
    }

    /** GET /api/congresses/{id}/check-in-counts */
    public record CheckInCounts(long registered, List<ListCount> lists, List<SessionCount> sessions) {

        public record ListCount(String listId, String name, String sessionId, long registered, long checkedIn) {
        }

        public record SessionCount(String sessionId, long registered, long checkedIn) {
        }

        public List<ListCount> lists() {
            return lists == null ? List.of() : lists;
        }

        /** Check-ins on all lists together (a person checked in at the door and in a room counts twice). */
        public long checkedInOnAnyList() {
            return lists().stream().mapToLong(ListCount::checkedIn).sum();
        }

        /** Checked in on the session's own lists; zero when it has none. */
        public long checkedInAt(String sessionId) {
            return sessions == null ? 0 : sessions.stream().filter(s -> s.sessionId().equals(sessionId))
                    .mapToLong(SessionCount::checkedIn).sum();
        }

        public long registeredFor(String sessionId) {
            return sessions == null ? 0 : sessions.stream().filter(s -> s.sessionId().equals(sessionId))
                    .mapToLong(SessionCount::registered).sum();
        }
    }
}
