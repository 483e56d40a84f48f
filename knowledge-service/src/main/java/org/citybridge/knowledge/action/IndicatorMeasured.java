package org.citybridge.knowledge.action;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What this service reads of {@code indicator.measured.v1}. */
record IndicatorMeasured(String indicatorId, String actionId, String name, String unit, LocalDate date,
        BigDecimal value, String status, String visibility) {
}
