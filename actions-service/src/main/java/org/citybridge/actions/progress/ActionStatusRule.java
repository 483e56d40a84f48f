package org.citybridge.actions.progress;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;

/**
 * The status of an action from its indicators and milestones, after Kausal Watch's
 * {@code _determine_status}, with the milestones weighing as much as the indicators:
 * <ol>
 * <li>LATE when an indicator's latest value is behind the straight line to its next target, or a
 * milestone is past due and still open;</li>
 * <li>COMPLETED when there is something to judge by and all of it is done: every milestone completed
 * (or cancelled) and every indicator at its last target;</li>
 * <li>NOT_STARTED when nothing has begun: no milestone in progress or completed, no value measured;</li>
 * <li>ON_TIME otherwise.</li>
 * </ol>
 * Pure, so that the cases a reader checks by hand are unit tests.
 */
public final class ActionStatusRule {

    private ActionStatusRule() {
    }

    public static ActionStatus compute(List<Milestone> milestones, List<IndicatorStanding> indicators, LocalDate today) {
        boolean late = indicators.stream().anyMatch(IndicatorStanding::behind)
                || milestones.stream().anyMatch(milestone -> milestone.isOverdue(today));
        if (late) {
            return ActionStatus.LATE;
        }
        List<Milestone> counted = milestones.stream().filter(m -> m.state() != MilestoneState.CANCELLED).toList();
        boolean anything = !counted.isEmpty() || !indicators.isEmpty();
        boolean allDone = counted.stream().allMatch(Milestone::isCompleted)
                && indicators.stream().allMatch(IndicatorStanding::achieved);
        if (anything && allDone) {
            return ActionStatus.COMPLETED;
        }
        boolean begun = counted.stream().anyMatch(m -> m.state() != MilestoneState.NOT_STARTED)
                || indicators.stream().anyMatch(IndicatorStanding::measured);
        return begun ? ActionStatus.ON_TIME : ActionStatus.NOT_STARTED;
    }

    /**
     * How far an action is, 0..1: the average progress of its indicators when any has one (Kausal's
     * completion), else the share of its (not cancelled) milestones completed; 1 when completed.
     */
    public static double completion(ActionStatus status, List<Milestone> milestones, List<IndicatorStanding> indicators) {
        if (status == ActionStatus.COMPLETED) {
            return 1.0;
        }
        List<Double> measured = indicators.stream().map(IndicatorStanding::progress).filter(p -> p != null).toList();
        if (!measured.isEmpty()) {
            return measured.stream().mapToDouble(p -> Math.max(0, Math.min(1, p))).average().orElse(0);
        }
        List<Milestone> counted = milestones.stream().filter(m -> m.state() != MilestoneState.CANCELLED).toList();
        if (counted.isEmpty()) {
            return 0;
        }
        return (double) counted.stream().filter(Milestone::isCompleted).count() / counted.size();
    }
}
