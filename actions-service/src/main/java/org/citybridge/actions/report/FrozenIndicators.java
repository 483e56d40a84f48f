package org.citybridge.actions.report;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.Indicator;
import org.citybridge.actions.indicator.IndicatorDefinition;
import org.citybridge.actions.indicator.IndicatorProgress;
import org.citybridge.actions.indicator.IndicatorsByAction;
import org.citybridge.actions.indicator.Measurement;
import org.springframework.stereotype.Component;

/**
 * An action's indicators as they stood at the end of a report's period: values dated after it are
 * left out, so a report drafted late for an earlier quarter shows that quarter, and progress and status
 * are computed from the value that was latest then.
 */
@Component
class FrozenIndicators implements ReportIndicators {

    private final IndicatorsByAction indicators;

    FrozenIndicators(IndicatorsByAction indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<IndicatorSnapshot> of(Action action, LocalDate asOf) {
        return indicators.of(action.id()).stream().map(indicator -> freeze(indicator, asOf)).toList();
    }

    static IndicatorSnapshot freeze(Indicator indicator, LocalDate asOf) {
        IndicatorDefinition definition = indicator.definition();
        List<DatedValue> values = indicator.measurements().stream().map(Measurement::datedValue)
                .filter(value -> !value.date().isAfter(asOf)).toList();
        DatedValue latest = null;
        for (DatedValue value : values) {
            // Of two values on one day, the one recorded last, as the indicator itself reads it.
            if (latest == null || !value.date().isBefore(latest.date())) {
                latest = value;
            }
        }
        IndicatorProgress progress = IndicatorProgress.of(definition, latest);
        return new IndicatorSnapshot(indicator.id(), definition.name(), definition.unit(),
                definition.direction().name(), point(definition.baseline()),
                definition.targets().stream().map(FrozenIndicators::point).toList(),
                values.stream().map(FrozenIndicators::point).toList(), latest == null ? null : latest.value(),
                latest == null ? null : latest.date(),
                progress.progress() == null ? null : progress.progress().doubleValue(), progress.status().name(),
                indicator.visibility());
    }

    private static IndicatorSnapshot.Point point(DatedValue value) {
        return new IndicatorSnapshot.Point(value.date(), value.value());
    }
}
