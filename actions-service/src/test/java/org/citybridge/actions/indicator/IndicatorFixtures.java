package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.tenancy.Visibility;

/** Indicators as the unit tests write them: {@code up("2012-01-01", 0, "2012-12-31", 360)}. */
final class IndicatorFixtures {

    static final LocalDate TODAY = LocalDate.parse("2013-06-01");

    private IndicatorFixtures() {
    }

    static DatedValue at(String date, double value) {
        return new DatedValue(LocalDate.parse(date), BigDecimal.valueOf(value));
    }

    /** A baseline, then pairs of target date and value. */
    static IndicatorDefinition up(String baselineDate, double baseline, Object... targets) {
        return definition(Direction.UP, UpdateInterval.QUARTER, null, baselineDate, baseline, targets);
    }

    static IndicatorDefinition down(String baselineDate, double baseline, Object... targets) {
        return definition(Direction.DOWN, UpdateInterval.QUARTER, null, baselineDate, baseline, targets);
    }

    static IndicatorDefinition definition(Direction direction, UpdateInterval interval, String code,
            String baselineDate, double baseline, Object... targets) {
        List<DatedValue> list = new ArrayList<>();
        for (int i = 0; i < targets.length; i += 2) {
            list.add(at((String) targets[i], ((Number) targets[i + 1]).doubleValue()));
        }
        return new IndicatorDefinition("Home parties", "parties", at(baselineDate, baseline), list, direction, interval,
                code);
    }

    static Indicator indicator(String city, IndicatorDefinition definition, Visibility visibility) {
        return Indicator.define(city, "action-of-" + city, "programme-of-" + city, definition, visibility,
                Instant.parse("2011-01-01T00:00:00Z"));
    }

    static Measurement measure(Indicator indicator, String date, double value) {
        return indicator.recordMeasurement(new MeasurementValues(LocalDate.parse(date), BigDecimal.valueOf(value),
                "test", null), "officer@test", Instant.parse("2013-01-01T00:00:00Z"), TODAY);
    }
}
