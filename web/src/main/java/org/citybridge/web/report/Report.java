package org.citybridge.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A progress report: the snapshot of a programme as of its period's end, with the officers' commentary. */
public record Report(String id, String municipality, String programmeId, String programmeTitle, Period period,
        String state, double completion, List<ActionSnapshot> actions, Instant takenAt, Instant finalisedAt) {

    public Report {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public boolean draft() {
        return "DRAFT".equals(state);
    }

    public record Period(String label, LocalDate start, LocalDate end) {
    }

    public record ActionSnapshot(String actionId, String title, Integer goal, String status, double completion,
            List<String> milestonesReached, List<String> milestonesMissed, List<IndicatorSnapshot> indicators,
            String commentary) {

        public ActionSnapshot {
            milestonesReached = milestonesReached == null ? List.of() : List.copyOf(milestonesReached);
            milestonesMissed = milestonesMissed == null ? List.of() : List.copyOf(milestonesMissed);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    public record IndicatorSnapshot(String indicatorId, String name, String unit, BigDecimal latestValue,
            LocalDate latestDate, String status) {
    }

    /** One line of {@code GET /api/programmes/{id}/reports}. */
    public record Summary(String id, String programmeId, Period period, String state, double completion,
            Instant takenAt, Instant finalisedAt) {
    }
}
