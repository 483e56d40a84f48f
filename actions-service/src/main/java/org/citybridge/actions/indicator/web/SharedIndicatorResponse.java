package org.citybridge.actions.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.SharedIndicatorComparison;

/**
 * A shared indicator across cities, one row per city: its latest value and that value per 1,000
 * inhabitants.
 *
 * @param populationUnknown the cities whose figures are not normalised: organisations-service has not
 *                          announced their population
 */
record SharedIndicatorResponse(String code, int normalisedPer, List<CityRow> cities, List<String> populationUnknown) {

    /**
     * @param own                    the caller's own city
     * @param population             null when unknown
     * @param perThousandInhabitants the latest value × 1,000 ÷ population; null when the population
     *                               is unknown or nothing was measured
     */
    record CityRow(String municipality, boolean own, String indicatorId, String actionId, String name, String unit,
            BigDecimal latestValue, LocalDate latestDate, Long population, BigDecimal perThousandInhabitants) {
    }

    static SharedIndicatorResponse of(SharedIndicatorComparison comparison) {
        List<CityRow> rows = comparison.cities().stream().map(city -> {
            DatedValue latest = city.latest().orElse(null);
            return new CityRow(city.municipality(), city.own(), city.indicator().id(), city.indicator().actionId(),
                    city.indicator().name(), city.indicator().definition().unit(),
                    latest == null ? null : latest.value(), latest == null ? null : latest.date(), city.population(),
                    latest == null ? null : city.perThousandInhabitants(latest.value()));
        }).toList();
        List<String> unknown = comparison.cities().stream().filter(city -> !city.populationKnown())
                .map(SharedIndicatorComparison.City::municipality).toList();
        return new SharedIndicatorResponse(comparison.code(), SharedIndicatorComparison.PER, rows, unknown);
    }
}
