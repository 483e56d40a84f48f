package org.citybridge.events.ticket;

import java.time.Instant;
import java.util.List;

/**
 * What tickets, check-in and badges need to know of a registration, as registrations tell it through
 * {@link TicketHolders}.
 *
 * @param registrationId the registration's id (stable; printed in no ticket but signed in its secret)
 * @param code           the registration's code, the one a person quotes at the door
 * @param congressId     the congress registered for
 * @param municipality   the city that owns the congress: the tenancy key of everything here
 * @param name           the attendee's name, for the badge
 * @param organisation   the attendee's organisation, for the badge (may be null)
 * @param city           the attendee's own city, for the badge (may be null)
 * @param language       the attendee's preferred language (nl, de, en)
 * @param confirmed      true while the registration holds a place (not wait-listed, not cancelled)
 * @param sessionIds     the sessions chosen
 * @param validFrom      from when the ticket lets the person in (usually the congress's start)
 * @param validUntil     until when (usually the congress's end)
 */
public record TicketHolder(String registrationId, String code, String congressId, String municipality, String name,
        String organisation, String city, String language, boolean confirmed, List<String> sessionIds,
        Instant validFrom, Instant validUntil) {

    public TicketHolder {
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
    }

    public boolean attends(String sessionId) {
        return sessionIds.contains(sessionId);
    }
}
