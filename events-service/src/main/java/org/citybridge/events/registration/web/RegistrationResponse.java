package org.citybridge.events.registration.web;

import java.time.Instant;
import java.util.List;

import org.citybridge.events.registration.Attendee;
import org.citybridge.events.registration.Registration;
import org.citybridge.events.registration.RegistrationStatus;
import org.citybridge.events.registration.SessionPlace;

/**
 * A registration as its holder sees it.
 *
 * @param position        the position handed out on the congress's wait list, when WAITLISTED: unique and
 *                        without gaps, it does not change while the person waits; null otherwise
 * @param placeInLine     how many wait before them plus one, now (people ahead who left no longer count)
 * @param managementToken only in the answer that created it: it is not stored and cannot be shown again
 */
record RegistrationResponse(String id, String code, String congressId, String status, Long position, Long placeInLine,
        Instant offerExpiresAt, String managementToken, String name, String email, String organisation,
        String organisationId, String municipality, List<SessionJson> sessions, String dietaryNeeds,
        String accessibilityNeeds, boolean consentToList, String language, Instant registeredAt) {

    /** @param position the place in the session's line, when WAITLISTED */
    record SessionJson(String sessionId, String status, Long position) {
    }

    static RegistrationResponse of(Registration registration, long placeInLine, String token) {
        Attendee attendee = registration.attendee();
        return new RegistrationResponse(registration.id(), registration.code(), registration.congressId(),
                registration.status().name(),
                registration.status() == RegistrationStatus.WAITLISTED ? registration.position() : null,
                placeInLine > 0 ? placeInLine : null, registration.offerExpiresAt(),
                token, attendee.name(), attendee.email(), attendee.organisation(), attendee.organisationId(),
                attendee.municipality(), registration.sessions().stream().map(RegistrationResponse::session).toList(),
                attendee.dietaryNeeds(), attendee.accessibilityNeeds(), attendee.listed(), attendee.language(),
                registration.registeredAt());
    }

    private static SessionJson session(SessionPlace place) {
        return new SessionJson(place.sessionId(), place.standing().name(), place.position());
    }
}
