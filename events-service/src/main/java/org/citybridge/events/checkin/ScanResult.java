package org.citybridge.events.checkin;

import java.time.Instant;

/**
 * The answer to one scan, as the door device shows it.
 *
 * @param attendeeName     whom the device should see in front of it (null when unknown)
 * @param firstCheckedInAt for {@link ScanAnswer#ALREADY_CHECKED_IN}: when the person was checked in first
 * @param firstDeviceId    and on which device
 * @param message          a line for the door staff, e.g. "Already checked in at 10:42 on device door-2"
 * @param forced           an offline scan that let someone in whom the server would have refused
 * @param wouldHaveRefused the server's answer to a forced scan
 */
public record ScanResult(String nonce, ScanAnswer answer, String registrationId, String attendeeName,
        Instant scannedAt, Instant firstCheckedInAt, String firstDeviceId, String message, boolean offline,
        boolean forced, ScanAnswer wouldHaveRefused) {
}
