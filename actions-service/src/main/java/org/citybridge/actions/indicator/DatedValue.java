package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A value on a day: a baseline, a target, or a point of a chart. */
public record DatedValue(LocalDate date, BigDecimal value) {

    public DatedValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
