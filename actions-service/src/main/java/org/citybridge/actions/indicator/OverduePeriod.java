package org.citybridge.actions.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A period whose value did not arrive in time.
 *
 * @param key   the period the missing value was due for ({@code 2012-Q2}): the one the interval that
 *              ended on {@code dueOn} lies in
 * @param dueOn the last day a value would have been in time
 */
public record OverduePeriod(String key, LocalDate dueOn) {

    /**
     * The latest period that passed without a value, if any: a value is due within one interval after
     * the latest measurement (or the baseline), and again one interval later, and so on. Overdue from
     * the day after the deadline; each missed deadline is a period of its own, so a city that stays
     * silent is reminded once per period, not once per check.
     */
    public static Optional<OverduePeriod> latestMissed(UpdateInterval interval, LocalDate lastMeasuredOn,
            LocalDate today) {
        if (!interval.deadline(lastMeasuredOn, 1).isBefore(today)) {
            return Optional.empty();
        }
        // Starts near the answer, so that a monthly indicator silent for years costs no long loop.
        long monthsSince = ChronoUnit.MONTHS.between(lastMeasuredOn, today);
        int n = (int) Math.max(1, monthsSince / interval.months());
        while (n > 1 && !interval.deadline(lastMeasuredOn, n).isBefore(today)) {
            n--;
        }
        while (interval.deadline(lastMeasuredOn, n + 1).isBefore(today)) {
            n++;
        }
        LocalDate dueOn = interval.deadline(lastMeasuredOn, n);
        // The interval ending on the deadline names the period: a value measured on 31 March and due by
        // 30 June is the second quarter's.
        return Optional.of(new OverduePeriod(interval.periodOf(dueOn.minusDays(1)), dueOn));
    }
}
