package org.citybridge.web.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An indicator with its measurements, as {@code GET /api/actions/{id}/indicators} lists them. */
public record Indicator(String id, String municipality, String actionId, String programmeId, String name,
        String unit, Point baseline, List<Point> targets, String direction, String updateInterval,
        String sharedCode, String visibility, List<Measurement> measurements, String status, BigDecimal progress,
        BigDecimal latestValue, LocalDate latestDate, BigDecimal expectedValue, Point nextTarget, LocalDate dueOn,
        boolean overdue) {

    public Indicator {
        targets = targets == null ? List.of() : List.copyOf(targets);
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    public record Point(LocalDate date, BigDecimal value) {
    }

    public record Measurement(String id, LocalDate date, BigDecimal value, String source, String note,
            Instant recordedAt, String recordedBy) {
    }
}
