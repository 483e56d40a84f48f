package org.citybridge.actions.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.indicator.MeasurementValues;

/** A value measured on a day (or, with PUT, its correction), where it comes from, and a note. */
record MeasurementRequest(@NotNull LocalDate date,
        @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 6)
        BigDecimal value,
        @Size(max = 300) String source, @Size(max = 2000) String note) {

    MeasurementValues toValues() {
        return new MeasurementValues(date, value, source, note);
    }
}
