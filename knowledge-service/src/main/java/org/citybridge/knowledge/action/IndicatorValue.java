package org.citybridge.knowledge.action;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's latest value, as actions-service last reported it. */
public record IndicatorValue(String indicatorId, String name, String unit, LocalDate date, BigDecimal value,
        String status, String visibility) {
}
