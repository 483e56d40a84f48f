package org.citybridge.events.messaging;

import java.time.Instant;
import java.util.List;

import org.citybridge.events.registration.Registration;
import org.citybridge.events.registration.SessionPlace;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of registrations, on {@code citybridge.events} keyed by registration id. They
 * carry no personal data (no name, email, needs, nor the management token): that stays in this service,
 * where retention can remove it; consumers get ids, statuses and positions.
 */
@Component
public class RegistrationEvents extends EventTranslation<Registration> {

    public static final EventType REGISTERED = EventType.of("attendee.registered", 1);
    public static final EventType WAITLISTED = EventType.of("attendee.waitlisted", 1);
    public static final EventType PROMOTED = EventType.of("attendee.promoted", 1);
    public static final EventType CHANGED = EventType.of("registration.changed", 1);
    public static final EventType CANCELLED = EventType.of("registration.cancelled", 1);

    /** @param position the wait-list position, for WAITLISTED; null otherwise */
    public record SessionStanding(String sessionId, String status, Long position) {
    }

    /** Payload of {@code attendee.registered.v1}, {@code attendee.waitlisted.v1} and {@code registration.changed.v1}. */
    public record AttendeeState(String registrationId, String code, String congressId, String municipality,
            String status, Long position, List<SessionStanding> sessions, List<String> confirmedSessions,
            Instant occurredAt) {
    }

    /**
     * Payload of {@code attendee.promoted.v1}.
     *
     * @param scope          {@code congress}, or the session the place is in
     * @param offerExpiresAt with a TIMED_OFFER wait list: until when the offered place may be accepted
     */
    public record AttendeePromoted(String registrationId, String code, String congressId, String municipality,
            String scope, String status, Long position, Instant offerExpiresAt, List<SessionStanding> sessions,
            List<String> confirmedSessions, Instant occurredAt) {
    }

    /** Payload of {@code registration.cancelled.v1}; {@code reason} is CANCELLED or OFFER_EXPIRED. */
    public record RegistrationCancelled(String registrationId, String code, String congressId, String municipality,
            String reason, List<String> sessions, Instant occurredAt) {
    }

    RegistrationEvents() {
        super(Registration.class);
        translate(Registration.Registered.class, REGISTERED, event -> state(event.registration()));
        translate(Registration.Waitlisted.class, WAITLISTED, event -> state(event.registration()));
        translate(Registration.Changed.class, CHANGED, event -> state(event.registration()));
        translate(Registration.Promoted.class, PROMOTED, event -> {
            Registration registration = event.registration();
            return new AttendeePromoted(registration.id(), registration.code(), registration.congressId(),
                    registration.municipality(), event.scope(), registration.status().name(), registration.position(),
                    registration.offerExpiresAt(), sessions(registration), registration.confirmedSessionIds(),
                    registration.changedAt());
        });
        translate(Registration.Cancelled.class, CANCELLED, event -> {
            Registration registration = event.registration();
            return new RegistrationCancelled(registration.id(), registration.code(), registration.congressId(),
                    registration.municipality(), event.reason(), registration.sessionIds(), registration.changedAt());
        });
    }

    private static AttendeeState state(Registration registration) {
        return new AttendeeState(registration.id(), registration.code(), registration.congressId(),
                registration.municipality(), registration.status().name(), registration.position(),
                sessions(registration), registration.confirmedSessionIds(), registration.changedAt());
    }

    private static List<SessionStanding> sessions(Registration registration) {
        return registration.sessions().stream().map(RegistrationEvents::standing).toList();
    }

    private static SessionStanding standing(SessionPlace place) {
        return new SessionStanding(place.sessionId(), place.standing().name(), place.position());
    }
}
