package org.citybridge.actions.indicator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * One indicator's values over time against its target line (the baseline, then each target), drawn
 * with JFreeChart. Progress reports draw it from the figures they froze ({@link Data}), pages and
 * exports from a live indicator ({@link #render(Indicator, int, int)}).
 */
public final class IndicatorChart {

    private static final Color MEASURED = new Color(0, 94, 184);
    private static final Color TARGET = new Color(200, 80, 30);

    /**
     * What the chart shows.
     *
     * @param targetLine the baseline, then the targets, in date order
     * @param measured   the measured values, in date order
     */
    public record Data(String name, String unit, List<DatedValue> targetLine, List<DatedValue> measured) {

        public Data {
            targetLine = List.copyOf(targetLine);
            measured = List.copyOf(measured);
        }

        public static Data of(Indicator indicator) {
            IndicatorDefinition definition = indicator.definition();
            List<DatedValue> line = new ArrayList<>();
            line.add(definition.baseline());
            line.addAll(definition.targets());
            return new Data(definition.name(), definition.unit(), line,
                    indicator.measurements().stream().map(Measurement::datedValue).toList());
        }
    }

    /** The chart's own words (its legend, the note of an empty chart and the months), in the reader's language. */
    public record Words(String measured, String targetLine, String noValues, Locale locale) {

        public static final Words ENGLISH = new Words("Measured", "Target line", "No values measured yet",
                Locale.ENGLISH);
    }

    private IndicatorChart() {
    }

    public static BufferedImage render(Indicator indicator, int width, int height) {
        return render(Data.of(indicator), width, height);
    }

    public static BufferedImage render(Data data, int width, int height) {
        return render(data, Words.ENGLISH, width, height);
    }

    public static BufferedImage render(Data data, Words words, int width, int height) {
        TimeSeries measured = series(words.measured(), data.measured());
        TimeSeries target = series(words.targetLine(), data.targetLine());
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(measured);
        dataset.addSeries(target);

        JFreeChart chart = ChartFactory.createTimeSeriesChart(data.name(), null, data.unit(), dataset, true, false,
                false);
        if (data.measured().isEmpty()) {
            chart.addSubtitle(new TextTitle(words.noValues()));
        }
        ChartImages.plainLook(chart, words.locale());
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, MEASURED);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, TARGET);
        // Dashed: the line is a plan, not a measurement.
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f));
        plot.setRenderer(renderer);
        return ChartImages.draw(chart, width, height);
    }

    public static byte[] png(Indicator indicator, int width, int height) {
        return ChartImages.png(render(indicator, width, height));
    }

    private static TimeSeries series(String name, List<DatedValue> values) {
        TimeSeries series = new TimeSeries(name);
        // Two values on one day: the chart shows the later one, as the indicator's latest does.
        values.forEach(value -> series.addOrUpdate(ChartImages.day(value.date()), value.value()));
        return series;
    }
}
