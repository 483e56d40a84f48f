package org.citybridge.web.organise;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A congress as the organiser's API gives it (GET /api/congresses/{id}); the parts the pages show. */
public record Congress(String id, String municipality, List<String> organisers, Map<String, String> title, Map<String, String> description,
        String venueId, String venueName, Instant startsAt, Instant endsAt, int capacity, Integer freePlaces,
        boolean publicRegistration, String status, Instant publishedAt, List<Session> sessions) {

    /** Whether the city organises it (the owner or a co-organiser): only their people see its back office. */
    public boolean organisedBy(String city) {
        return city != null && (city.equals(municipality) || organisers != null && organisers.contains(city));
    }

    public record Session(String id, Map<String, String> title, Instant startsAt, Instant endsAt, String room,
            int capacity, Integer freePlaces) {
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public List<Session> sessions() {
        return sessions == null ? List.of() : sessions;
    }
}
