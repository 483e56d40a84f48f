package org.citybridge.actions.report;

import java.math.BigDecimal;
import java.util.List;

import org.citybridge.actions.action.ActionStatus;

/**
 * Two reports of one programme side by side, period against period: per action its status and
 * completion then and now, and each indicator's value then and now. An action only one of them has
 * shows null on the other side.
 */
public record ReportComparison(String programmeId, String earlier, String later, double completionEarlier,
        double completionLater, List<ActionRow> actions) {

    public record ActionRow(String actionId, String title, ActionStatus statusEarlier, ActionStatus statusLater,
            Double completionEarlier, Double completionLater, List<IndicatorRow> indicators) {
    }

    public record IndicatorRow(String indicatorId, String name, String unit, BigDecimal valueEarlier,
            BigDecimal valueLater) {
    }
}
