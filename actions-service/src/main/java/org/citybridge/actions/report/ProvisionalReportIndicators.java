package org.citybridge.actions.report;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;
import org.springframework.stereotype.Component;

/** PROVISIONAL until the indicators land in this issue: reports hold no indicators yet. */
@Component
class ProvisionalReportIndicators implements ReportIndicators {

    @Override
    public List<IndicatorSnapshot> of(Action action, LocalDate asOf) {
        return List.of();
    }
}
