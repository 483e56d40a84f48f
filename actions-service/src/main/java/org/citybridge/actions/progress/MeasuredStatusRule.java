package org.citybridge.actions.progress;

import java.time.LocalDate;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.StatusRule;
import org.springframework.stereotype.Component;

/** The status rule as the actions see it: their milestones and their indicators' standings. */
@Component
class MeasuredStatusRule implements StatusRule {

    private final IndicatorStandings standings;

    MeasuredStatusRule(IndicatorStandings standings) {
        this.standings = standings;
    }

    @Override
    public ActionStatus compute(Action action, LocalDate today) {
        return ActionStatusRule.compute(action.milestones(), standings.of(action, today), today);
    }
}
