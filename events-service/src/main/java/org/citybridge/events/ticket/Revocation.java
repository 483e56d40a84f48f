package org.citybridge.events.ticket;

import java.time.Instant;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ticket secret that no longer lets anyone in (its registration was cancelled or changed), by the
 * secret's ticket id: what door devices download and check offline. Its id is the ticket id, so
 * revoking twice records it once.
 */
@Document("ticket_revocations")
@CompoundIndex(name = "congress_revokedAt", def = "{'congressId': 1, 'revokedAt': 1, '_id': 1}")
public class Revocation extends TenantAggregate {

    @Id
    private String id;
    private String congressId;
    private String registrationId;
    private String reason;
    private Instant revokedAt;

    Revocation() {
    }

    Revocation(Ticket ticket, String reason, Instant at) {
        super(ticket.municipality(), Visibility.PRIVATE);
        this.id = ticket.ticketId();
        this.congressId = ticket.congressId();
        this.registrationId = ticket.registrationId();
        this.reason = reason;
        this.revokedAt = at;
    }

    @Override
    public String id() {
        return id;
    }

    public String ticketId() {
        return id;
    }

    public String congressId() {
        return congressId;
    }

    public String registrationId() {
        return registrationId;
    }

    public String reason() {
        return reason;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
