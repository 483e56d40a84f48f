package org.citybridge.events.checkin;

import java.util.List;

/** Live counts of a congress's check-in: per list and per session, registered (confirmed) against checked in. */
public record CheckInCounts(String congressId, long registered, List<ListCount> lists, List<SessionCount> sessions) {

    /** @param registered the confirmed registrations this list admits */
    public record ListCount(String listId, String name, String sessionId, long registered, long checkedIn) {
    }

    /** @param checkedIn check-ins on the session's own lists */
    public record SessionCount(String sessionId, long registered, long checkedIn) {
    }
}
