package org.citybridge.actions.report;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;
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

    /** Completion is computed from the frozen indicator values, so that it agrees with the figures printed. */
    ActionSnapshot of(Action action, ReportPeriod period, LocalDate asOf) {
        List<IndicatorSnapshot> frozen = indicators.of(action, asOf);
        double completion = ActionStatusRule.completion(action.status(), action.milestones(), frozen.stream()
                .map(indicator -> new IndicatorStanding(indicator.latestValue() != null,
                        "BEHIND".equals(indicator.status()), "ACHIEVED".equals(indicator.status()), indicator.progress()))
                .toList());
        return new ActionSnapshot(action.id(), action.title(), action.details().goal(), action.status(), completion,
                action.details().resources(), reached(action.milestones(), period), missed(action.milestones(), period),
                frozen, null);
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
