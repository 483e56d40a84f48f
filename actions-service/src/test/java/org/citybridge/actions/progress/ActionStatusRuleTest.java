package org.citybridge.actions.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.junit.jupiter.api.Test;

/** The status rule, case by case, as a reader would work it out by hand. */
class ActionStatusRuleTest {

    static final LocalDate TODAY = LocalDate.of(2012, 4, 1);

    static final IndicatorStanding UNMEASURED = new IndicatorStanding(false, false, false, null);
    static final IndicatorStanding ON_THE_LINE = new IndicatorStanding(true, false, false, 0.5);
    static final IndicatorStanding BEHIND = new IndicatorStanding(true, true, false, 0.2);
    static final IndicatorStanding ACHIEVED = new IndicatorStanding(true, false, true, 1.0);

    static Milestone milestone(String due, MilestoneState state) {
        return Milestone.planned("m-" + due, "Praatstuk", LocalDate.parse(due)).withState(state, TODAY, "officer");
    }

    @Test
    void nothingPlannedOrMeasuredHasNotStarted() {
        assertThat(ActionStatusRule.compute(List.of(), List.of(), TODAY)).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(ActionStatusRule.compute(List.of(milestone("2012-06-30", MilestoneState.NOT_STARTED)),
                List.of(UNMEASURED), TODAY)).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void anOpenMilestonePastItsDueDateMakesTheActionLate() {
        assertThat(ActionStatusRule.compute(List.of(milestone("2012-03-31", MilestoneState.IN_PROGRESS)),
                List.of(ON_THE_LINE), TODAY)).isEqualTo(ActionStatus.LATE);
    }

    @Test
    void aMilestoneDueTodayIsNotYetLate() {
        assertThat(ActionStatusRule.compute(List.of(milestone("2012-04-01", MilestoneState.IN_PROGRESS)),
                List.of(), TODAY)).isEqualTo(ActionStatus.ON_TIME);
    }

    @Test
    void aCompletedOrCancelledMilestonePastDueIsNotLate() {
        assertThat(ActionStatusRule.compute(List.of(milestone("2011-01-31", MilestoneState.COMPLETED),
                milestone("2011-06-30", MilestoneState.CANCELLED), milestone("2012-12-31", MilestoneState.NOT_STARTED)),
                List.of(), TODAY)).isEqualTo(ActionStatus.ON_TIME);
    }

    @Test
    void anIndicatorBehindItsLineMakesTheActionLateEvenWithMilestonesOnTime() {
        assertThat(ActionStatusRule.compute(List.of(milestone("2012-12-31", MilestoneState.IN_PROGRESS)),
                List.of(ACHIEVED, BEHIND), TODAY)).isEqualTo(ActionStatus.LATE);
    }

    @Test
    void allMilestonesDoneAndAllIndicatorsAchievedIsCompleted() {
        assertThat(ActionStatusRule.compute(List.of(milestone("2011-01-31", MilestoneState.COMPLETED),
                milestone("2011-06-30", MilestoneState.CANCELLED)), List.of(ACHIEVED), TODAY))
                .isEqualTo(ActionStatus.COMPLETED);
        assertThat(ActionStatusRule.compute(List.of(milestone("2011-01-31", MilestoneState.COMPLETED)),
                List.of(ACHIEVED, ON_THE_LINE), TODAY)).as("one indicator still on its way")
                .isEqualTo(ActionStatus.ON_TIME);
    }

    @Test
    void onlyCancelledMilestonesAreNothingToJudgeBy() {
        assertThat(ActionStatusRule.compute(List.of(milestone("2013-01-31", MilestoneState.CANCELLED)), List.of(),
                TODAY)).isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void completionIsTheIndicatorsAverageElseTheShareOfMilestonesDone() {
        assertThat(ActionStatusRule.completion(ActionStatus.ON_TIME, List.of(),
                List.of(ON_THE_LINE, BEHIND, UNMEASURED))).as("(0.5 + 0.2) / 2; unmeasured has no progress")
                .isCloseTo(0.35, within(1e-9));
        assertThat(ActionStatusRule.completion(ActionStatus.ON_TIME, List.of(
                milestone("2011-01-31", MilestoneState.COMPLETED), milestone("2012-06-30", MilestoneState.IN_PROGRESS),
                milestone("2012-09-30", MilestoneState.NOT_STARTED), milestone("2011-06-30", MilestoneState.CANCELLED)),
                List.of())).as("1 of 3 counted").isCloseTo(1.0 / 3, within(1e-9));
        assertThat(ActionStatusRule.completion(ActionStatus.COMPLETED, List.of(), List.of(BEHIND))).isEqualTo(1.0);
        assertThat(ActionStatusRule.completion(ActionStatus.ON_TIME, List.of(),
                List.of(new IndicatorStanding(true, false, true, 1.4)))).as("overshoot counts as done, not more")
                .isEqualTo(1.0);
    }
}
