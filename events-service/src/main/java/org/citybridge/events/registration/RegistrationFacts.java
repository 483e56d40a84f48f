package org.citybridge.events.registration;

import java.util.List;

/**
 * What other features of this service (tickets, check-in, badges) need to know of a registration, and
 * nothing more: no email, no needs, no token.
 *
 * @param municipality         the congress's owning city (the tenant)
 * @param attendeeMunicipality the city the person comes from, as they said
 * @param confirmedSessionIds  the sessions it holds a place in; empty unless CONFIRMED
 */
public record RegistrationFacts(String id, String code, String congressId, String municipality, String name,
        String organisation, String attendeeMunicipality, String language, RegistrationStatus status,
        List<String> confirmedSessionIds) {

    static RegistrationFacts of(Registration registration) {
        Attendee attendee = registration.attendee();
        return new RegistrationFacts(registration.id(), registration.code(), registration.congressId(),
                registration.municipality(), attendee.name(), attendee.organisation(), attendee.municipality(),
                attendee.language(), registration.status(), registration.confirmedSessionIds());
    }

    public boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }
}
