package org.citybridge.events.checkin;

import java.time.Instant;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's check-in on a list. Its id is the list's and the registration's together, so of two
 * devices scanning one ticket at the same moment the first insert wins and the other learns who was
 * first: no read-then-write race. Stored with its {@code attendee.checked-in.v1} in one write.
 */
@Document("check_ins")
@CompoundIndex(name = "list_session", def = "{'listId': 1, 'sessionId': 1}")
public class CheckIn extends TenantAggregate {

    /** What happened, for messaging to publish. */
    public record CheckedIn(CheckIn checkIn) {
    }

    @Id
    private String id;
    private String listId;
    private String congressId;
    private String sessionId;
    private String registrationId;
    private String nonce;
    private String deviceId;
    private Instant checkedInAt;
    private boolean offline;
    private Instant receivedAt;

    CheckIn() {
    }

    private CheckIn(CheckInList list, String registrationId, Scan.Request scan, Instant checkedInAt, boolean offline,
            Instant receivedAt) {
        super(list.municipality(), Visibility.PRIVATE);
        this.id = idOf(list, registrationId);
        this.listId = list.id();
        this.congressId = list.congressId();
        this.sessionId = list.sessionId();
        this.registrationId = registrationId;
        this.nonce = scan.nonce();
        this.deviceId = scan.deviceId();
        this.checkedInAt = checkedInAt;
        this.offline = offline;
        this.receivedAt = receivedAt;
        record(new CheckedIn(this));
    }

    static CheckIn of(CheckInList list, String registrationId, Scan.Request scan, Instant checkedInAt, boolean offline,
            Instant receivedAt) {
        return new CheckIn(list, registrationId, scan, checkedInAt, offline, receivedAt);
    }

    static String idOf(CheckInList list, String registrationId) {
        return list.id() + "/" + registrationId;
    }

    /** Whether this check-in was made by that very scan (a retry racing its first attempt). */
    boolean madeBy(String scanNonce) {
        return nonce.equals(scanNonce);
    }

    @Override
    public String id() {
        return id;
    }

    public String listId() {
        return listId;
    }

    public String congressId() {
        return congressId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String registrationId() {
        return registrationId;
    }

    public String deviceId() {
        return deviceId;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public boolean offline() {
        return offline;
    }
}
