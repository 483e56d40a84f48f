package org.citybridge.actions.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.programme.ProgressWeighting;
import org.junit.jupiter.api.Test;

class RollupTest {

    static ActionProgress action(ActionStatus status, double completion, Integer budget) {
        return new ActionProgress("a", "t", 1, status, completion, budget == null ? null : BigDecimal.valueOf(budget));
    }

    @Test
    void equalWeightingIsThePlainAverageOfCountedActions() {
        List<ActionProgress> actions = List.of(action(ActionStatus.ON_TIME, 0.5, 200_000),
                action(ActionStatus.LATE, 0.1, 5_000), action(ActionStatus.CANCELLED, 0.0, 100_000));

        assertThat(Rollup.completion(actions, ProgressWeighting.EQUAL)).as("(0.5 + 0.1) / 2, the cancelled one left out")
                .isCloseTo(0.3, within(1e-9));
    }

    @Test
    void budgetWeightingLetsTheBigActionMoveTheFigure() {
        List<ActionProgress> actions = List.of(action(ActionStatus.ON_TIME, 0.5, 200_000),
                action(ActionStatus.LATE, 0.1, 5_000), action(ActionStatus.MERGED, 0.0, 100_000),
                action(ActionStatus.ON_TIME, 1.0, null));

        assertThat(Rollup.completion(actions, ProgressWeighting.BUDGET))
                .as("(200000 * 0.5 + 5000 * 0.1) / 205000; merged and unbudgeted weigh nothing")
                .isCloseTo(100_500.0 / 205_000, within(1e-9));
    }

    @Test
    void budgetWeightingWithoutAnyBudgetFallsBackToEqualWeights() {
        assertThat(Rollup.completion(List.of(action(ActionStatus.ON_TIME, 0.2, null),
                action(ActionStatus.ON_TIME, 0.6, 0)), ProgressWeighting.BUDGET)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void nothingCountedIsZero() {
        assertThat(Rollup.completion(List.of(action(ActionStatus.CANCELLED, 1.0, 10)), ProgressWeighting.EQUAL))
                .isZero();
        assertThat(Rollup.completion(List.of(), ProgressWeighting.BUDGET)).isZero();
    }
}
