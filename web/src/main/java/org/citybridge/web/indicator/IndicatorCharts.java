package org.citybridge.web.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What a chart of an indicator draws, as JSON for the page to carry ({@code data-chart}): the measurements, and
 * the target line from the baseline through each target. The browser draws it; it never asks the API itself.
 * Templates: {@code th:data-chart="${@indicatorCharts.json(indicator)}"}.
 */
@Component("indicatorCharts")
public class IndicatorCharts {

    private final JsonMapper json;

    IndicatorCharts(JsonMapper json) {
        this.json = json;
    }

    public String json(Indicator indicator) {
        List<Point> measured = indicator.measurements().stream()
                .sorted(Comparator.comparing(Indicator.Measurement::date))
                .map(m -> new Point(m.date(), m.value()))
                .toList();
        List<Point> target = new ArrayList<>();
        if (indicator.baseline() != null) {
            target.add(new Point(indicator.baseline().date(), indicator.baseline().value()));
        }
        indicator.targets().stream().sorted(Comparator.comparing(Indicator.Point::date))
                .forEach(t -> target.add(new Point(t.date(), t.value())));
        TreeSet<LocalDate> dates = new TreeSet<>();
        measured.forEach(p -> dates.add(p.x()));
        target.forEach(p -> dates.add(p.x()));
        return json.writeValueAsString(new Chart(dates.stream().map(LocalDate::toString).toList(), measured, target,
                indicator.unit()));
    }

    /** Chart.js reads {x, y} points on a category axis whose labels are the dates. */
    record Point(LocalDate x, BigDecimal y) {
    }

    record Chart(List<String> labels, List<Point> measured, List<Point> target, String unit) {
    }
}
