package org.citybridge.events.messaging;

import java.time.Instant;

import org.citybridge.events.checkin.CheckIn;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * {@code attendee.checked-in.v1} on {@code citybridge.events}, keyed by the check-in's id (list and
 * registration): someone entered the congress or a session. No personal data: consumers that need the
 * person ask with the registration id, under the congress's rules.
 */
@Component
public class CheckInEvents extends EventTranslation<CheckIn> {

    public static final EventType CHECKED_IN = EventType.of("attendee.checked-in", 1);

    /**
     * Payload of {@code attendee.checked-in.v1}.
     *
     * @param sessionId null for a check-in at the congress's door
     * @param offline   true when scanned offline and uploaded later ({@code checkedInAt} is the scan's time)
     */
    public record AttendeeCheckedIn(String registrationId, String congressId, String checkInListId, String sessionId,
            Instant checkedInAt, String deviceId, boolean offline) {
    }

    CheckInEvents() {
        super(CheckIn.class);
        translate(CheckIn.CheckedIn.class, CHECKED_IN, event -> {
            CheckIn checkIn = event.checkIn();
            return new AttendeeCheckedIn(checkIn.registrationId(), checkIn.congressId(), checkIn.listId(),
                    checkIn.sessionId(), checkIn.checkedInAt(), checkIn.deviceId(), checkIn.offline());
        });
    }
}
