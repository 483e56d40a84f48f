package org.citybridge.events.checkin;

import java.time.Instant;
import java.util.UUID;

import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where attendees are checked in: the whole congress (the front door), or one session (its room). A
 * person is checked in at most once per list, whatever the number of devices scanning.
 */
@Document("check_in_lists")
public class CheckInList extends TenantAggregate {

    @Id
    private String id;
    @Indexed
    private String congressId;
    /** Null for the whole congress. */
    private String sessionId;
    private String name;
    private Instant createdAt;

    CheckInList() {
    }

    CheckInList(String municipality, String congressId, String sessionId, String name, Instant createdAt) {
        super(municipality, Visibility.PRIVATE);
        this.id = UUID.randomUUID().toString();
        this.congressId = congressId;
        this.sessionId = sessionId;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** Whether the holder's registration gives entry here: any confirmed one at the front door, its sessions' rooms. */
    boolean admits(TicketHolder holder) {
        return holder.congressId().equals(congressId) && (sessionId == null || holder.attends(sessionId));
    }

    @Override
    public String id() {
        return id;
    }

    public String congressId() {
        return congressId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
