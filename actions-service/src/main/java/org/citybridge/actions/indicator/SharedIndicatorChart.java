package org.citybridge.actions.indicator;

import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A shared indicator across cities: one line per city, its values per 1,000 inhabitants over time.
 * A city whose population is unknown cannot be set beside the others; the subtitle names it rather
 * than draw it on another scale.
 */
public final class SharedIndicatorChart {

    private SharedIndicatorChart() {
    }

    public static BufferedImage render(SharedIndicatorComparison comparison, int width, int height) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        for (SharedIndicatorComparison.City city : comparison.cities()) {
            if (city.populationKnown()) {
                TimeSeries series = new TimeSeries(city.municipality());
                city.normalisedSeries().forEach(value -> series.addOrUpdate(ChartImages.day(value.date()), value.value()));
                dataset.addSeries(series);
            }
        }
        IndicatorDefinition first = comparison.cities().get(0).indicator().definition();
        // Titled by the shared code, not one city's own name for its indicator: the chart is about all of them.
        JFreeChart chart = ChartFactory.createTimeSeriesChart(comparison.code(), null,
                first.unit() + " per 1,000 inhabitants", dataset, true, false, false);
        chart.addSubtitle(new TextTitle("Shared indicator, per 1,000 inhabitants"));
        List<String> unknown = comparison.cities().stream().filter(city -> !city.populationKnown())
                .map(SharedIndicatorComparison.City::municipality).toList();
        if (!unknown.isEmpty()) {
            chart.addSubtitle(new TextTitle("Not drawn, population unknown: " + String.join(", ", unknown)));
        }
        ChartImages.plainLook(chart);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        chart.getXYPlot().setRenderer(renderer);
        // From zero: an axis starting at the smallest value makes 1.9 times as many look like 10 times.
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return ChartImages.draw(chart, width, height);
    }

    public static byte[] png(SharedIndicatorComparison comparison, int width, int height) {
        return ChartImages.png(render(comparison, width, height));
    }
}
