package org.citybridge.actions.indicator;

import java.math.BigDecimal;

/** Whether the city wants the value to go up (home parties held) or down (early school leavers). */
public enum Direction {
    UP, DOWN;

    /** Whether {@code value} is at {@code target} or beyond it, in this direction. */
    public boolean reached(BigDecimal value, BigDecimal target) {
        int compared = value.compareTo(target);
        return this == UP ? compared >= 0 : compared <= 0;
    }

    /** Whether {@code value} falls short of {@code expected}, in this direction. */
    public boolean behind(BigDecimal value, BigDecimal expected) {
        return !reached(value, expected);
    }
}
