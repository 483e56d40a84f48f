package org.citybridge.actions.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.StatusOverride;
import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.actions.progress.ActionStatusRule;
import org.citybridge.actions.progress.IndicatorStanding;
import org.springframework.stereotype.Component;

/** Freezes an action for a report of a period. */
@Component
class Snapshots {

    private final ReportIndicators indicators;

    Snapshots(ReportIndicators indicators) {
        this.indicators = indicators;
    }

    /**
     * The action as it stood at {@code asOf} (the period's end, or today for a period still running):
     * indicator values dated up to then, milestones completed by then, and the status and completion
     * the rule computes from those, so that a report drafted late for an earlier quarter tells that
     * quarter. An officer's override counts if it was set by then.
     */
    ActionSnapshot of(Action action, ReportPeriod period, LocalDate asOf) {
        List<IndicatorSnapshot> frozen = indicators.of(action, asOf);
        List<IndicatorStanding> standings = frozen.stream().map(indicator -> new IndicatorStanding(
                indicator.latestValue() != null, "BEHIND".equals(indicator.status()),
                "ACHIEVED".equals(indicator.status()), indicator.progress())).toList();
        List<Milestone> then = milestonesAsOf(action.milestones(), asOf);
        StatusOverride override = action.override();
        boolean overriddenThen = override != null && override.at() != null
                && !override.at().atZone(ZoneOffset.UTC).toLocalDate().isAfter(asOf);
        ActionStatus status = overriddenThen ? override.status() : ActionStatusRule.compute(then, standings, asOf);
        return new ActionSnapshot(action.id(), action.title(), action.details().goal(), status,
                ActionStatusRule.completion(status, then, standings), action.details().resources(),
                reached(action.milestones(), period), missed(action.milestones(), period), frozen, null,
                action.visibility());
    }

    /** A milestone completed after the day was still under way on it. */
    static List<Milestone> milestonesAsOf(List<Milestone> milestones, LocalDate asOf) {
        return milestones.stream().map(milestone -> milestone.isCompleted() && milestone.completedOn().isAfter(asOf)
                ? milestone.withState(MilestoneState.IN_PROGRESS, null, null) : milestone).toList();
    }

    /** Completed within the period. */
    static List<String> reached(List<Milestone> milestones, ReportPeriod period) {
        return milestones.stream().filter(m -> m.isCompleted() && period.contains(m.completedOn()))
                .map(Milestone::title).toList();
    }

    /** Due by the end of the period and not completed by then (a cancelled one is not missed: it was dropped). */
    static List<String> missed(List<Milestone> milestones, ReportPeriod period) {
        return milestones.stream()
                .filter(m -> m.state() != MilestoneState.CANCELLED && !m.due().isAfter(period.end()))
                .filter(m -> !m.isCompleted() || m.completedOn().isAfter(period.end()))
                .filter(m -> !m.due().isBefore(period.start()) || !m.isCompleted())
                .map(Milestone::title).toList();
    }
}
