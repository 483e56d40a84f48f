package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an officer says was measured: a value on a day, where it comes from, and a note. */
public record MeasurementValues(LocalDate date, BigDecimal value, String source, String note) {
}
