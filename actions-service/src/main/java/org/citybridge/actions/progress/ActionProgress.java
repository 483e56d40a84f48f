package org.citybridge.actions.progress;

import java.math.BigDecimal;

import org.citybridge.actions.action.ActionStatus;

/**
 * One action's part in its programme's roll-up.
 *
 * @param completion 0..1, see {@link ActionStatusRule#completion}
 * @param budget     its planned budget, the weight under BUDGET weighting; null when unknown
 */
public record ActionProgress(String actionId, String title, Integer goal, ActionStatus status, double completion,
        BigDecimal budget) {
}
