package org.citybridge.actions.progress;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.indicator.IndicatorProgress;
import org.citybridge.actions.indicator.IndicatorStatus;
import org.citybridge.actions.indicator.IndicatorsByAction;
import org.springframework.stereotype.Component;

/** Each indicator of the action as measured: behind the line, at its last target, or how far along. */
@Component
class MeasuredIndicatorStandings implements IndicatorStandings {

    private final IndicatorsByAction indicators;

    MeasuredIndicatorStandings(IndicatorsByAction indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<IndicatorStanding> of(Action action, LocalDate today) {
        return indicators.of(action.id()).stream().map(indicator -> standing(indicator.progress())).toList();
    }

    static IndicatorStanding standing(IndicatorProgress progress) {
        return new IndicatorStanding(progress.measured(), progress.status() == IndicatorStatus.BEHIND,
                progress.status() == IndicatorStatus.ACHIEVED,
                progress.progress() == null ? null : progress.progress().doubleValue());
    }
}
