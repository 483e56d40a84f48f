package org.citybridge.actions.programme;

import java.time.LocalDate;
import java.util.Objects;

import org.citybridge.platform.domain.InvalidValueException;

/** From one day to another, both included (Antwerp's diversity policy: 2011-01-01 to 2012-12-31). */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getYear() < 1900 || end.getYear() > 2200) {
            throw new InvalidValueException("period", "must lie between the years 1900 and 2200");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("period.end", "must not be before period.start");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
