package org.citybridge.web.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import org.citybridge.web.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.RestClient;

/**
 * One shared indicator across the cities that publish it: the API's table of latest values, and a chart with one
 * line per city over time. Cities differ tenfold in size, so the lines are per 1,000 inhabitants where the
 * population is known (as the API's own comparison is), else the values as measured.
 */
@Controller
class SharedIndicatorController {

    private final RestClient api;
    private final JsonMapper json;
    private final MessageSource messages;

    SharedIndicatorController(RestClient gatewayApi, JsonMapper json, MessageSource messages) {
        this.api = gatewayApi;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/shared-indicators/{code}")
    String compare(@PathVariable String code, Model model) {
        SharedIndicator shared = api.get().uri("/api/shared-indicators/{code}", code).retrieve()
                .body(SharedIndicator.class);
        boolean perThousand = shared.cities().stream().allMatch(c -> c.population() != null && c.population() > 0);
        List<Line> lines = new ArrayList<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (SharedIndicator.City city : shared.cities()) {
            Indicator indicator = measurementsOf(city);
            if (indicator == null) {
                continue;
            }
            // The baseline is where each city's line starts.
            List<IndicatorCharts.Point> points = new ArrayList<>();
            if (indicator.baseline() != null) {
                points.add(point(indicator.baseline().date(), indicator.baseline().value(), perThousand, city));
            }
            indicator.measurements().stream()
                    .sorted(Comparator.comparing(Indicator.Measurement::date))
                    .forEach(m -> points.add(point(m.date(), m.value(), perThousand, city)));
            points.forEach(p -> dates.add(p.x()));
            lines.add(new Line(cityName(city.municipality()), points));
        }
        String unit = shared.cities().isEmpty() ? "" : shared.cities().get(0).unit();
        String chartUnit = perThousand ? messages.getMessage("officer.compare.perThousandUnit", new Object[] { unit },
                LocaleContextHolder.getLocale()) : unit;
        model.addAttribute("shared", shared);
        model.addAttribute("perThousand", perThousand);
        model.addAttribute("chart", json.writeValueAsString(new Comparison(
                dates.stream().map(LocalDate::toString).toList(), lines, chartUnit)));
        return "officer/shared-indicator";
    }

    // Another city's indicator is readable when it is shared; one that is not (any more) leaves its line out.
    private Indicator measurementsOf(SharedIndicator.City city) {
        try {
            return api.get().uri("/api/indicators/{id}", city.indicatorId()).retrieve().body(Indicator.class);
        }
        catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.status() == 403) {
                return null;
            }
            throw problem;
        }
    }

    private String cityName(String municipality) {
        return messages.getMessage("officer.city." + municipality, null, municipality, LocaleContextHolder.getLocale());
    }

    private static IndicatorCharts.Point point(LocalDate date, BigDecimal value, boolean perThousand,
            SharedIndicator.City city) {
        return new IndicatorCharts.Point(date, perThousand ? perThousand(value, city.population()) : value);
    }

    private static BigDecimal perThousand(BigDecimal value, long population) {
        return value.multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(population), new MathContext(4));
    }

    record SharedIndicator(String code, Integer normalisedPer, List<City> cities, List<String> populationUnknown) {

        SharedIndicator {
            cities = cities == null ? List.of() : List.copyOf(cities);
            populationUnknown = populationUnknown == null ? List.of() : List.copyOf(populationUnknown);
        }

        record City(String municipality, boolean own, String indicatorId, String actionId, String name, String unit,
                BigDecimal latestValue, LocalDate latestDate, Long population, BigDecimal perThousandInhabitants) {
        }
    }

    record Line(String name, List<IndicatorCharts.Point> points) {
    }

    record Comparison(List<String> labels, List<Line> cities, String unit) {
    }
}
