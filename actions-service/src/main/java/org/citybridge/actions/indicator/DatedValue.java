package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.citybridge.platform.domain.InvalidValueException;

/** A value on a day: a baseline, a target, or a point of a chart. */
public record DatedValue(LocalDate date, BigDecimal value) {

    public DatedValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        // Policy figures are dated within living memory; a year like -999999999 breaks the period arithmetic.
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw new InvalidValueException("date", "must be between the years 1900 and 2200");
        }
    }
}
