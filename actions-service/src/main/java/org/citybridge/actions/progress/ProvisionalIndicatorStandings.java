package org.citybridge.actions.progress;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;
import org.springframework.stereotype.Component;

/** PROVISIONAL until the indicators land in this issue: no action has indicators yet. */
@Component
class ProvisionalIndicatorStandings implements IndicatorStandings {

    @Override
    public List<IndicatorStanding> of(Action action, LocalDate today) {
        return List.of();
    }
}
