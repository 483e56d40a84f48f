package org.citybridge.actions.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.tenancy.Visibility;

/**
 * An indicator as a report froze it: its values up to the end of the period and its target line, so
 * that a finalised report's figures and charts stay what they were when later values arrive or old
 * ones are corrected.
 *
 * @param progress 0..1 between baseline and target, null without a measurement
 * @param status   NO_DATA, ON_TRACK, BEHIND or ACHIEVED
 * @param visibility the indicator's when frozen
 */
public record IndicatorSnapshot(String indicatorId, String name, String unit, String direction, Point baseline,
        List<Point> targets, List<Point> values, BigDecimal latestValue, LocalDate latestDate, Double progress,
        String status, Visibility visibility) {

    public record Point(LocalDate date, BigDecimal value) {
    }

    public IndicatorSnapshot {
        targets = targets == null ? List.of() : List.copyOf(targets);
        values = values == null ? List.of() : List.copyOf(values);
        visibility = visibility == null ? Visibility.PRIVATE : visibility;
    }

    public boolean sharedOutsideItsCity() {
        return visibility != Visibility.PRIVATE;
    }
}
