package org.citybridge.events.registration;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.events.seat.SeatScope;
import org.citybridge.events.seat.Seats;
import org.citybridge.events.seat.WaitingLine;
import org.springframework.stereotype.Component;

/** Takes session places for a registration that holds a congress place, or puts it in the sessions' lines. */
@Component
class Places {

    private final Seats seats;
    private final WaitingLine line;

    Places(Seats seats, WaitingLine line) {
        this.seats = seats;
        this.line = line;
    }

    /** One place per session if free, else a position in that session's line. */
    List<SessionPlace> takeSessions(String congressId, String registrationId, List<String> sessionIds) {
        List<SessionPlace> places = new ArrayList<>();
        for (String sessionId : sessionIds) {
            SeatScope scope = SeatScope.session(congressId, sessionId);
            if (seats.take(scope)) {
                places.add(SessionPlace.confirmed(sessionId));
            } else {
                long position = seats.nextPosition(scope);
                line.join(scope, position, registrationId);
                places.add(SessionPlace.waitlisted(sessionId, position));
            }
        }
        return places;
    }
}
