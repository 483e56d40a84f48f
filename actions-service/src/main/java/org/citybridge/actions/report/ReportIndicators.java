package org.citybridge.actions.report;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;

/** The action's indicators frozen as of a day: what they were then, not what they are now. */
public interface ReportIndicators {

    List<IndicatorSnapshot> of(Action action, LocalDate asOf);
}
