package org.citybridge.events.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** Who a list admits, what a check-in and a scan keep, and when an offline scan is flagged as forced. */
class CheckInRulesTest {

    static final Instant OPENING = Instant.parse("2030-05-12T08:30:00Z");
    static final Instant RECEIVED = OPENING.plusSeconds(90);

    final CheckInList frontDoor = new CheckInList("almelo", "congress-1", null, "Hoofdingang", OPENING);
    final CheckInList workshop = new CheckInList("almelo", "congress-1", "s1", "Zaal 1", OPENING);
    final Scan.Request request = new Scan.Request("K7QM-4TXP", "nonce-1", "door-2", OPENING);

    static TicketHolder holder(String congressId, List<String> sessions) {
        return new TicketHolder("registration-1", "K7QM-4TXP", congressId, "almelo", "Ayşe Yılmaz", null, "Almelo",
                "nl", true, sessions, null, null);
    }

    @Test
    void aListBelongsToTheCongressCityAndIsPrivate() {
        assertThat(frontDoor.municipality()).isEqualTo("almelo");
        assertThat(frontDoor.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(frontDoor.id()).isNotBlank().isNotEqualTo(workshop.id());
        assertThat(frontDoor.congressId()).isEqualTo("congress-1");
        assertThat(frontDoor.sessionId()).isNull();
        assertThat(workshop.sessionId()).isEqualTo("s1");
        assertThat(workshop.name()).isEqualTo("Zaal 1");
        assertThat(workshop.createdAt()).isEqualTo(OPENING);
    }

    @Test
    void theFrontDoorAdmitsEveryAttendeeOfItsCongressAndASessionRoomOnlyItsOwn() {
        assertThat(frontDoor.admits(holder("congress-1", List.of()))).isTrue();
        assertThat(frontDoor.admits(holder("congress-2", List.of()))).as("another congress's ticket").isFalse();
        assertThat(workshop.admits(holder("congress-1", List.of("s2", "s1")))).isTrue();
        assertThat(workshop.admits(holder("congress-1", List.of("s2")))).isFalse();
        assertThat(workshop.admits(holder("congress-2", List.of("s1")))).isFalse();
    }

    @Test
    void aCheckInIsOnePerListAndPersonAndSaysItHappened() {
        CheckIn checkIn = CheckIn.of(workshop, "registration-1", request, OPENING, true, RECEIVED);

        assertThat(checkIn.id()).isEqualTo(workshop.id() + "/registration-1")
                .isEqualTo(CheckIn.idOf(workshop, "registration-1"));
        assertThat(checkIn.municipality()).isEqualTo("almelo");
        assertThat(checkIn.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(checkIn.listId()).isEqualTo(workshop.id());
        assertThat(checkIn.congressId()).isEqualTo("congress-1");
        assertThat(checkIn.sessionId()).isEqualTo("s1");
        assertThat(checkIn.registrationId()).isEqualTo("registration-1");
        assertThat(checkIn.deviceId()).isEqualTo("door-2");
        assertThat(checkIn.checkedInAt()).isEqualTo(OPENING);
        assertThat(checkIn.offline()).isTrue();
        assertThat(checkIn.recordedEvents()).singleElement().isInstanceOfSatisfying(CheckIn.CheckedIn.class,
                checkedIn -> assertThat(checkedIn.checkIn()).isSameAs(checkIn));
    }

    @Test
    void aRetriedScanIsRecognisedByItsNonce() {
        CheckIn checkIn = CheckIn.of(frontDoor, "registration-1", request, OPENING, false, RECEIVED);

        assertThat(checkIn.madeBy("nonce-1")).isTrue();
        assertThat(checkIn.madeBy("nonce-2")).isFalse();
        assertThat(checkIn.offline()).isFalse();
    }

    @Test
    void anOnlineScanKeepsTheServersAnswerAndForAnEarlierCheckInWhenAndWhere() {
        CheckIn first = CheckIn.of(frontDoor, "registration-1",
                new Scan.Request("K7QM-4TXP", "nonce-0", "door-1", null), OPENING.minusSeconds(600), false, OPENING);
        Scan again = Scan.answered(frontDoor, request, OPENING, RECEIVED, "registration-1",
                ScanAnswer.ALREADY_CHECKED_IN, first);

        assertThat(again.id()).isEqualTo(frontDoor.id() + "/nonce-1").isEqualTo(Scan.idOf(frontDoor, "nonce-1"));
        assertThat(again.municipality()).isEqualTo("almelo");
        assertThat(again.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(again.listId()).isEqualTo(frontDoor.id());
        assertThat(again.nonce()).isEqualTo("nonce-1");
        assertThat(again.deviceId()).isEqualTo("door-2");
        assertThat(again.scannedAt()).isEqualTo(OPENING);
        assertThat(again.receivedAt()).isEqualTo(RECEIVED);
        assertThat(again.registrationId()).isEqualTo("registration-1");
        assertThat(again.answer()).isEqualTo(ScanAnswer.ALREADY_CHECKED_IN);
        assertThat(again.offline()).isFalse();
        assertThat(again.forced()).isFalse();
        assertThat(again.wouldHaveRefused()).isNull();
        assertThat(again.firstCheckedInAt()).isEqualTo(OPENING.minusSeconds(600));
        assertThat(again.firstDeviceId()).isEqualTo("door-1");
    }

    @Test
    void anEarlierCheckInIsNamedOnlyWhenTheAnswerIsAlreadyCheckedIn() {
        CheckIn first = CheckIn.of(frontDoor, "registration-1", request, OPENING, false, OPENING);

        Scan admitted = Scan.answered(frontDoor, request, OPENING, RECEIVED, "registration-1", ScanAnswer.CHECKED_IN,
                first);
        Scan withoutFirst = Scan.answered(frontDoor, request, OPENING, RECEIVED, "registration-1",
                ScanAnswer.ALREADY_CHECKED_IN, null);

        assertThat(admitted.firstCheckedInAt()).isNull();
        assertThat(admitted.firstDeviceId()).isNull();
        assertThat(withoutFirst.firstCheckedInAt()).isNull();
    }

    @Test
    void anOfflineScanTheServerAgreesWithIsNotForced() {
        Scan scan = Scan.uploaded(workshop, request, OPENING, RECEIVED, "registration-1", ScanAnswer.CHECKED_IN, null);

        assertThat(scan.offline()).isTrue();
        assertThat(scan.forced()).isFalse();
        assertThat(scan.wouldHaveRefused()).isNull();
        assertThat(scan.answer()).isEqualTo(ScanAnswer.CHECKED_IN);
        assertThat(scan.registrationId()).isEqualTo("registration-1");
        assertThat(scan.scannedAt()).isEqualTo(OPENING);
        assertThat(scan.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void anOfflineScanTheServerWouldHaveRefusedIsForcedWithTheReason() {
        Scan revoked = Scan.uploaded(workshop, request, OPENING, RECEIVED, "registration-1", ScanAnswer.REVOKED, null);
        CheckIn first = CheckIn.of(workshop, "registration-1", request, OPENING.minusSeconds(60), false, OPENING);
        Scan twice = Scan.uploaded(workshop, request, OPENING, RECEIVED, "registration-1",
                ScanAnswer.ALREADY_CHECKED_IN, first);

        assertThat(revoked.forced()).isTrue();
        assertThat(revoked.wouldHaveRefused()).isEqualTo(ScanAnswer.REVOKED);
        assertThat(twice.forced()).isTrue();
        assertThat(twice.wouldHaveRefused()).isEqualTo(ScanAnswer.ALREADY_CHECKED_IN);
        assertThat(twice.firstCheckedInAt()).isEqualTo(OPENING.minusSeconds(60));
    }
}
