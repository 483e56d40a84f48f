package org.citybridge.events.ticket;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The seam between registrations and tickets: registrations implement it (one bean), tickets,
 * check-in and badges only read through it. Reads here are the system's own: callers have already been
 * checked (an attendee by {@link #registrationTokenMatches}, an organiser by {@link CongressAccess}).
 */
public interface TicketHolders {

    /** The registration with this code, whatever its state (cancelled ones answer with confirmed false). */
    Optional<TicketHolder> byCode(String code);

    Optional<TicketHolder> byRegistrationId(String id);

    /** The congress's confirmed registrations, in a stable order (e.g. by name, then id). */
    Page<TicketHolder> confirmedOf(String congressId, Pageable page);

    /** Whether the token is this registration's management token (compared in constant time). */
    boolean registrationTokenMatches(String code, String managementToken);
}
