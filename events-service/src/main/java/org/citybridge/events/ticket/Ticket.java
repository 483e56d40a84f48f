package org.citybridge.events.ticket;

import java.time.Instant;
import java.util.List;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ticket of one registration (its id is the registration's, so two requests issuing the first
 * ticket at once cannot make two): the secret currently valid, or none after a revocation until the
 * next one is issued. Old secrets live on only in the revocation list.
 */
@Document("tickets")
class Ticket extends TenantAggregate {

    @Id
    private String id;
    private String congressId;
    private String ticketId;
    private String secret;
    private List<String> sessionIds;
    private Instant validFrom;
    private Instant validUntil;
    private Instant issuedAt;

    Ticket() {
    }

    private Ticket(TicketHolder holder) {
        super(holder.municipality(), Visibility.PRIVATE);
        this.id = holder.registrationId();
        this.congressId = holder.congressId();
    }

    static Ticket issue(TicketHolder holder, TicketPayload payload, String secret, Instant at) {
        Ticket ticket = new Ticket(holder);
        ticket.reissue(payload, secret, at);
        return ticket;
    }

    /** A new secret replaces the old one, which the caller has put on the revocation list first. */
    void reissue(TicketPayload payload, String newSecret, Instant at) {
        this.ticketId = payload.ticketId();
        this.secret = newSecret;
        this.sessionIds = payload.sessionIds();
        this.validFrom = payload.validFrom();
        this.validUntil = payload.validUntil();
        this.issuedAt = at;
    }

    /** The current secret is revoked: none is valid until the next one is issued. */
    void withdraw() {
        this.ticketId = null;
        this.secret = null;
        this.sessionIds = List.of();
        this.issuedAt = null;
    }

    boolean hasCurrent() {
        return ticketId != null;
    }

    /** Whether the current secret still says what the registration says (sessions, validity). */
    boolean describes(TicketHolder holder) {
        return hasCurrent() && congressId.equals(holder.congressId())
                && List.copyOf(sessionIds).equals(holder.sessionIds())
                && java.util.Objects.equals(validFrom, holder.validFrom())
                && java.util.Objects.equals(validUntil, holder.validUntil());
    }

    @Override
    public String id() {
        return id;
    }

    String registrationId() {
        return id;
    }

    String congressId() {
        return congressId;
    }

    String ticketId() {
        return ticketId;
    }

    String secret() {
        return secret;
    }

    List<String> sessionIds() {
        return sessionIds;
    }

    Instant validFrom() {
        return validFrom;
    }

    Instant validUntil() {
        return validUntil;
    }

    Instant issuedAt() {
        return issuedAt;
    }
}
