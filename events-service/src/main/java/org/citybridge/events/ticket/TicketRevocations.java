package org.citybridge.events.ticket;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Takes a registration's ticket out of use: its secret goes on the congress's revocation list that door
 * devices download, and the registration's next ticket request gets a new secret. Registrations call
 * {@link #revoke} when a registration is cancelled ({@link #CANCELLED}) or its sessions change
 * ({@link #CHANGED}). Revoking a registration that has no ticket yet, or revoking twice, does nothing.
 */
@Service
public class TicketRevocations {

    public static final String CANCELLED = "CANCELLED";
    public static final String CHANGED = "CHANGED";
    private static final int MAX_REASON = 200;

    private final TenantStore<Ticket> tickets;
    private final TenantStore<Revocation> revocations;
    /** Milliseconds, as MongoDB stores them: an answer read back equals the answer given. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    TicketRevocations(AggregateStores stores) {
        this.tickets = stores.tenantOwned(Ticket.class);
        this.revocations = stores.tenantOwned(Revocation.class);
    }

    /** @return the ticket id revoked, or empty when the registration had no ticket in use */
    public Optional<String> revoke(String registrationId, String reason) {
        String why = reason == null || reason.isBlank() ? CHANGED
                : reason.strip().substring(0, Math.min(reason.strip().length(), MAX_REASON));
        return ConcurrentSaves.retried("ticket", () -> {
            Optional<Ticket> stored = tickets.findForSystem(registrationId).filter(Ticket::hasCurrent);
            if (stored.isEmpty()) {
                return Optional.<String>empty();
            }
            Ticket ticket = stored.get();
            String revoked = ticket.ticketId();
            record(ticket, why);
            ticket.withdraw();
            tickets.save(ticket);
            return Optional.of(revoked);
        });
    }

    /**
     * Puts the ticket's current secret on the list. Done before the ticket forgets it, so a crash in
     * between leaves it revoked, never forgotten and still valid.
     */
    void record(Ticket ticket, String reason) {
        try {
            revocations.save(new Revocation(ticket, reason, clock.instant()));
        } catch (DuplicateKeyException alreadyRevoked) {
            // Revoked before (a retry, or two changes at once): the list has it.
        }
    }

    boolean isRevoked(String ticketId) {
        return revocations.findForSystem(ticketId).isPresent();
    }
}
