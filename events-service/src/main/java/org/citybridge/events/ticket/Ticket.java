package org.citybridge.events.ticket;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /**
     * Whether the current secret still says what the registration says: the same sessions (in any
     * order) and validity (to the second, as the secret carries it).
     */
    boolean describes(TicketHolder holder) {
        return hasCurrent() && congressId.equals(holder.congressId())
                && Set.copyOf(sessionIds).equals(Set.copyOf(holder.sessionIds()))
                && Objects.equals(validFrom, seconds(holder.validFrom()))
                && Objects.equals(validUntil, seconds(holder.validUntil()));
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
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
