package org.citybridge.events.checkin;

import java.time.Instant;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One scan as the server judged it, kept by the device's nonce (its id is the list's and the nonce's):
 * a retried request finds it and gets the same answer back, and is never a second check-in. Offline
 * scans are kept too, flagged {@code forced} when the device let someone in whom the server would have
 * refused, with the reason (pretix's model): the organiser reviews them.
 */
@Document("check_in_scans")
@CompoundIndex(name = "list_forced", def = "{'listId': 1, 'forced': 1, 'scannedAt': 1}")
public class Scan extends TenantAggregate {

    /** A scan as a device sends it. {@code scannedAt} null: now. */
    public record Request(String secretOrCode, String nonce, String deviceId, Instant scannedAt) {
    }

    @Id
    private String id;
    private String listId;
    private String nonce;
    private String deviceId;
    private Instant scannedAt;
    private Instant receivedAt;
    private String registrationId;
    private ScanAnswer answer;
    private boolean offline;
    private boolean forced;
    private ScanAnswer wouldHaveRefused;
    /** For ALREADY_CHECKED_IN: the first check-in's moment and device. */
    private Instant firstCheckedInAt;
    private String firstDeviceId;

    Scan() {
    }

    private Scan(CheckInList list, Request request, Instant scannedAt, Instant receivedAt, boolean offline) {
        super(list.municipality(), Visibility.PRIVATE);
        this.id = idOf(list, request.nonce());
        this.listId = list.id();
        this.nonce = request.nonce();
        this.deviceId = request.deviceId();
        this.scannedAt = scannedAt;
        this.receivedAt = receivedAt;
        this.offline = offline;
    }

    /** An online scan: the device shows what the server answers. */
    static Scan answered(CheckInList list, Request request, Instant scannedAt, Instant receivedAt, String registrationId,
            ScanAnswer answer, CheckIn first) {
        Scan scan = new Scan(list, request, scannedAt, receivedAt, false);
        scan.registrationId = registrationId;
        scan.answer = answer;
        scan.first(first);
        return scan;
    }

    /**
     * An offline scan uploaded later: the device let the person in. Accepted when the server agrees;
     * otherwise forced, with what the server would have answered.
     */
    static Scan uploaded(CheckInList list, Request request, Instant scannedAt, Instant receivedAt,
            String registrationId, ScanAnswer serverAnswer, CheckIn first) {
        Scan scan = new Scan(list, request, scannedAt, receivedAt, true);
        scan.registrationId = registrationId;
        scan.answer = serverAnswer;
        scan.forced = serverAnswer != ScanAnswer.CHECKED_IN;
        scan.wouldHaveRefused = scan.forced ? serverAnswer : null;
        scan.first(first);
        return scan;
    }

    private void first(CheckIn first) {
        if (answer == ScanAnswer.ALREADY_CHECKED_IN && first != null) {
            this.firstCheckedInAt = first.checkedInAt();
            this.firstDeviceId = first.deviceId();
        }
    }

    static String idOf(CheckInList list, String nonce) {
        return list.id() + "/" + nonce;
    }

    @Override
    public String id() {
        return id;
    }

    public String listId() {
        return listId;
    }

    public String nonce() {
        return nonce;
    }

    public String deviceId() {
        return deviceId;
    }

    public Instant scannedAt() {
        return scannedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String registrationId() {
        return registrationId;
    }

    public ScanAnswer answer() {
        return answer;
    }

    public boolean offline() {
        return offline;
    }

    public boolean forced() {
        return forced;
    }

    public ScanAnswer wouldHaveRefused() {
        return wouldHaveRefused;
    }

    public Instant firstCheckedInAt() {
        return firstCheckedInAt;
    }

    public String firstDeviceId() {
        return firstDeviceId;
    }
}
