package org.citybridge.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

class IndicatorChartsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final IndicatorCharts charts = new IndicatorCharts(json);

    @Test
    void measurementsInDateOrderAgainstTheLineFromBaselineThroughEachTarget() {
        Indicator indicator = indicator(
                List.of(measurement("2011-06-30", "12.5"), measurement("2010-12-31", "10")),
                List.of(point("2012-12-31", "20"), point("2011-12-31", "15")));

        JsonNode chart = json.readTree(charts.json(indicator));

        assertThat(chart.get("measured").toString())
                .isEqualTo("[{\"x\":\"2010-12-31\",\"y\":10},{\"x\":\"2011-06-30\",\"y\":12.5}]");
        assertThat(chart.get("target").toString()).isEqualTo(
                "[{\"x\":\"2010-01-01\",\"y\":9},{\"x\":\"2011-12-31\",\"y\":15},{\"x\":\"2012-12-31\",\"y\":20}]");
        assertThat(chart.get("labels").toString()).isEqualTo(
                "[\"2010-01-01\",\"2010-12-31\",\"2011-06-30\",\"2011-12-31\",\"2012-12-31\"]");
        assertThat(chart.get("unit").asString()).isEqualTo("verenigingen");
    }

    @Test
    void anIndicatorWithoutMeasurementsStillHasItsTargetLine() {
        JsonNode chart = json.readTree(charts.json(indicator(List.of(), List.of(point("2011-12-31", "14")))));

        assertThat(chart.get("measured").size()).isZero();
        assertThat(chart.get("target").size()).isEqualTo(2);
    }

    private static Indicator indicator(List<Indicator.Measurement> measurements, List<Indicator.Point> targets) {
        return new Indicator("i", "almelo", "a", "p", "Zelforganisaties", "verenigingen", point("2010-01-01", "9"),
                targets, "UP", "YEAR", null, "NETWORK", measurements, "ON_TRACK", null, null, null, null, null, null,
                false);
    }

    private static Indicator.Point point(String date, String value) {
        return new Indicator.Point(LocalDate.parse(date), new BigDecimal(value));
    }

    private static Indicator.Measurement measurement(String date, String value) {
        return new Indicator.Measurement(date, LocalDate.parse(date), new BigDecimal(value), null, null, null, null);
    }
}
