package org.citybridge.events.congress.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.Session;
import org.citybridge.events.seat.SeatScope;

/** A congress with its sessions and the places still free (of the congress, and of each session). */
record CongressResponse(String id, String municipality, List<String> organisers, Map<String, String> title,
        Map<String, String> description, String venueId, String venueName, Instant startsAt, Instant endsAt,
        Instant registrationOpensAt, Instant registrationClosesAt, int capacity, Integer freePlaces,
        boolean publicRegistration, String visibility, String waitListMode, Integer offerHours, String status,
        Instant publishedAt, List<SessionResponse> sessions) {

    record SessionResponse(String id, Map<String, String> title, Instant startsAt, Instant endsAt, String room,
            int capacity, Integer freePlaces, List<String> speakers) {

        static SessionResponse of(Session session, Map<String, Integer> free) {
            return new SessionResponse(session.id(), session.title(), session.startsAt(), session.endsAt(),
                    session.room(), session.capacity(), free.get(session.id()), session.speakers());
        }
    }

    static CongressResponse of(Congress congress, String venueName, Map<String, Integer> free) {
        return new CongressResponse(congress.id(), congress.municipality(), congress.organisers(), congress.title(),
                congress.description(), congress.venueId(), venueName, congress.startsAt(), congress.endsAt(),
                congress.registrationOpensAt(), congress.registrationClosesAt(), congress.capacity(),
                free.get(SeatScope.CONGRESS), congress.publicRegistration(), congress.visibility().name(),
                congress.waitListMode().name(), congress.offerHours(), congress.status().name(),
                congress.publishedAt(),
                congress.sessions().stream().map(session -> SessionResponse.of(session, free)).toList());
    }
}
