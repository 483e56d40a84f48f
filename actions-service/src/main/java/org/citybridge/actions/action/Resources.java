package org.citybridge.actions.action;

import java.math.BigDecimal;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * Budget (EUR) and staff (FTE), planned and spent: first-class, because "budget en fte" is one of
 * KleurRijk Almelo's success factors and the P&C cycle reports them. Unknown figures stay null.
 */
public record Resources(BigDecimal budgetPlanned, BigDecimal budgetSpent, BigDecimal ftePlanned,
        BigDecimal fteSpent) {

    public static final Resources NONE = new Resources(null, null, null, null);

    public Resources {
        requireNotNegative("budgetPlanned", budgetPlanned);
        requireNotNegative("budgetSpent", budgetSpent);
        requireNotNegative("ftePlanned", ftePlanned);
        requireNotNegative("fteSpent", fteSpent);
    }

    private static void requireNotNegative(String property, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidValueException("resources." + property, "must not be negative");
        }
    }
}
