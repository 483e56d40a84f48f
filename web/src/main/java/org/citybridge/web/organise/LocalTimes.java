package org.citybridge.web.organise;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.citybridge.web.language.Dates;

/**
 * Between a form's {@code datetime-local} field ("2027-03-15T09:00", the network's wall clock) and the API's UTC
 * instants. A value that is no date is the person's mistake, shown next to the field.
 */
final class LocalTimes {

    private LocalTimes() {
    }

    /** Null for an empty field; throws {@link DateTimeParseException} for a malformed one. */
    static Instant instant(String local, Dates dates) {
        if (local == null || local.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(local.strip()).atZone(dates.zone()).toInstant();
    }

    static String local(Instant instant, Dates dates) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, dates.zone()).toString();
    }
}
