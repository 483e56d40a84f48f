package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One value of an indicator. Immutable: a correction makes a new one that keeps the versions before
 * it, so that a report finalised on the old figure can still be explained.
 *
 * @param recordedAt when this version was recorded
 * @param recordedBy who recorded this version (the token's subject)
 * @param earlierVersions the versions this one corrected, oldest first
 */
public record Measurement(String id, LocalDate date, BigDecimal value, String source, String note, Instant recordedAt,
        String recordedBy, List<Version> earlierVersions) {

    /** A measurement as it was before a correction. */
    public record Version(LocalDate date, BigDecimal value, String source, String note, Instant recordedAt,
            String recordedBy) {
    }

    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        earlierVersions = earlierVersions == null ? List.of() : List.copyOf(earlierVersions);
    }

    static Measurement recorded(String id, MeasurementValues values, Instant at, String by) {
        return new Measurement(id, values.date(), values.value(), blankToNull(values.source()),
                blankToNull(values.note()), at, by, List.of());
    }

    Measurement correctedTo(MeasurementValues values, Instant at, String by) {
        List<Version> history = new ArrayList<>(earlierVersions);
        history.add(new Version(date, value, source, note, recordedAt, recordedBy));
        return new Measurement(id, values.date(), values.value(), blankToNull(values.source()),
                blankToNull(values.note()), at, by, history);
    }

    public boolean isCorrected() {
        return !earlierVersions.isEmpty();
    }

    public DatedValue datedValue() {
        return new DatedValue(date, value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
