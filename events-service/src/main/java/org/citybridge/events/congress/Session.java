package org.citybridge.events.congress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A part of a congress people choose when they register: a workshop, a plenary, a bridge-group round.
 *
 * @param capacity the places of the session; people beyond it wait for the session, as for the congress
 */
public record Session(String id, Map<String, String> title, Instant startsAt, Instant endsAt, String room,
        int capacity, List<String> speakers) {

    public Session {
        title = title == null ? Map.of() : Map.copyOf(title);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** Whether one person could not attend both: their times overlap (end of one = start of the other is fine). */
    public boolean overlaps(Session other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
