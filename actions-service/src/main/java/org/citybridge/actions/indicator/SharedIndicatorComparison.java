package org.citybridge.actions.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One shared indicator (Kausal Watch's "common indicator") across the cities that measure it: per
 * city its indicator, and the values per 1,000 inhabitants, so that Antwerp (about half a million
 * people) and Almelo (about seventy thousand) can be set side by side. Pure: the service hands it what
 * the caller may see and the populations organisations-service announced.
 *
 * @param cities the caller's own city first, then by name
 */
public record SharedIndicatorComparison(String code, List<City> cities) {

    public static final int PER = 1000;
    private static final int SCALE = 4;

    /**
     * A city's indicator with that code. Where a city has several (one per programme), the one with
     * the latest value stands for it.
     *
     * @param population inhabitants, null when organisations-service has not announced them: then
     *                   nothing is normalised
     */
    public record City(String municipality, boolean own, Indicator indicator, Long population) {

        public Optional<DatedValue> latest() {
            return indicator.latest();
        }

        public boolean populationKnown() {
            return population != null;
        }

        /** Null when the population is unknown. */
        public BigDecimal perThousandInhabitants(BigDecimal value) {
            return population == null ? null : perThousand(value, population);
        }

        /** The measurements per 1,000 inhabitants over time; empty when the population is unknown. */
        public List<DatedValue> normalisedSeries() {
            if (population == null) {
                return List.of();
            }
            return indicator.measurements().stream()
                    .map(measurement -> new DatedValue(measurement.date(), perThousand(measurement.value(), population)))
                    .toList();
        }
    }

    public static SharedIndicatorComparison of(String code, String callerCity, List<Indicator> indicators,
            Function<String, OptionalLong> populations) {
        Map<String, Indicator> perCity = new LinkedHashMap<>();
        indicators.stream().sorted(Comparator.comparing(Indicator::id)).forEach(indicator -> perCity.merge(
                indicator.municipality(), indicator, SharedIndicatorComparison::laterMeasured));
        List<City> cities = perCity.values().stream()
                .map(indicator -> new City(indicator.municipality(), indicator.municipality().equals(callerCity),
                        indicator, population(populations.apply(indicator.municipality()))))
                .sorted(Comparator.comparing((City city) -> !city.own()).thenComparing(City::municipality))
                .toList();
        return new SharedIndicatorComparison(code, cities);
    }

    /** {@code value} × 1,000 ÷ {@code population}, to four decimals. */
    public static BigDecimal perThousand(BigDecimal value, long population) {
        return value.multiply(BigDecimal.valueOf(PER))
                .divide(BigDecimal.valueOf(population), MathContext.DECIMAL64)
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static Long population(OptionalLong population) {
        // Zero inhabitants is no population a figure can be divided by: as good as unknown.
        return population.isPresent() && population.getAsLong() > 0 ? population.getAsLong() : null;
    }

    private static Indicator laterMeasured(Indicator first, Indicator second) {
        Optional<LocalDate> a = first.latest().map(DatedValue::date);
        Optional<LocalDate> b = second.latest().map(DatedValue::date);
        if (b.isPresent() && (a.isEmpty() || b.get().isAfter(a.get()))) {
            return second;
        }
        return first;
    }
}
