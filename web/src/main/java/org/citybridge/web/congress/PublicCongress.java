package org.citybridge.web.congress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A published public congress as {@code GET /api/congresses/public/{id}} describes it, with the places still free
 * (null where the API does not count them).
 */
public record PublicCongress(String id, String municipality, Map<String, String> title,
        Map<String, String> description, String venueName, Instant startsAt, Instant endsAt,
        Instant registrationOpensAt, Instant registrationClosesAt, int capacity, Integer freePlaces,
        boolean publicRegistration, String waitListMode, Integer offerHours, List<Session> sessions) {

    public PublicCongress {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** Whether a new registration now joins the congress's wait list. */
    public boolean full() {
        return freePlaces != null && freePlaces <= 0;
    }

    /** Where registration stands at {@code now}, by the same rule as events-service's. */
    public Window window(Instant now) {
        if (!publicRegistration) {
            return Window.NOT_PUBLIC;
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
            return Window.NOT_YET;
        }
        Instant closes = registrationClosesAt();
        return closes != null && !now.isBefore(closes) ? Window.CLOSED : Window.OPEN;
    }

    /** When registration closes: as set, else when the congress starts. */
    @Override
    public Instant registrationClosesAt() {
        return registrationClosesAt != null ? registrationClosesAt : startsAt;
    }

    public Optional<Session> session(String sessionId) {
        return sessions.stream().filter(session -> session.id().equals(sessionId)).findFirst();
    }

    /** Whether the congress begins and ends on one day (then only the end's time is shown). */
    public boolean oneDay(java.time.ZoneId zone) {
        return startsAt != null && endsAt != null
                && startsAt.atZone(zone).toLocalDate().equals(endsAt.atZone(zone).toLocalDate());
    }

    public enum Window {
        OPEN, NOT_YET, CLOSED, NOT_PUBLIC
    }

    public record Session(String id, Map<String, String> title, Instant startsAt, Instant endsAt, String room,
            int capacity, Integer freePlaces, List<String> speakers) {

        public Session {
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
        }

        public boolean full() {
            return freePlaces != null && freePlaces <= 0;
        }
    }
}
