package org.citybridge.actions.progress;

import java.math.BigDecimal;
import java.util.List;

import org.citybridge.actions.programme.ProgressWeighting;

/**
 * A weighted average of actions' completion, as Decidim Accountability rolls children up into their
 * parent. Cancelled and merged actions do not count. Under BUDGET weighting an action without a planned
 * budget weighs nothing; when no counted action has a budget, every action weighs the same rather than
 * the figure being undefined.
 */
public final class Rollup {

    private Rollup() {
    }

    /** 0..1; 0 when nothing counts. */
    public static double completion(List<ActionProgress> actions, ProgressWeighting weighting) {
        List<ActionProgress> counted = actions.stream().filter(action -> action.status().countsInProgress()).toList();
        if (counted.isEmpty()) {
            return 0;
        }
        if (weighting == ProgressWeighting.BUDGET) {
            double total = counted.stream().mapToDouble(Rollup::budget).sum();
            if (total > 0) {
                return counted.stream().mapToDouble(action -> budget(action) * action.completion()).sum() / total;
            }
        }
        return counted.stream().mapToDouble(ActionProgress::completion).average().orElse(0);
    }

    private static double budget(ActionProgress action) {
        return action.budget() == null ? 0 : action.budget().max(BigDecimal.ZERO).doubleValue();
    }
}
