package org.citybridge.actions.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * One indicator's chart for a report: the measured values over time (solid, with points) against the
 * target line from the baseline through each target (dashed), drawn by JFreeChart from the frozen
 * snapshot so that a finalised report's charts never change.
 */
public final class ReportChart {

    private static final Color MEASURED = new Color(0, 94, 184);
    private static final Color TARGET = new Color(200, 90, 0);

    private ReportChart() {
    }

    public static BufferedImage render(IndicatorSnapshot indicator, int width, int height) {
        TimeSeries measured = new TimeSeries("Measured");
        List<IndicatorSnapshot.Point> values = new ArrayList<>();
        if (indicator.baseline() != null) {
            values.add(indicator.baseline());
        }
        values.addAll(indicator.values());
        values.stream().sorted(Comparator.comparing(IndicatorSnapshot.Point::date))
                .forEach(point -> measured.addOrUpdate(day(point.date()), point.value()));
        TimeSeries target = new TimeSeries("Target line");
        if (indicator.baseline() != null) {
            target.addOrUpdate(day(indicator.baseline().date()), indicator.baseline().value());
        }
        indicator.targets().forEach(point -> target.addOrUpdate(day(point.date()), point.value()));

        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(measured);
        data.addSeries(target);
        String unit = indicator.unit() == null ? "" : indicator.unit();
        JFreeChart chart = ChartFactory.createTimeSeriesChart(indicator.name(), null, unit, data, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("MMM yyyy"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, MEASURED);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setSeriesPaint(1, TARGET);
        renderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShapesVisible(1, true);
        plot.setRenderer(renderer);
        return chart.createBufferedImage(width, height);
    }

    private static Day day(LocalDate date) {
        return new Day(java.util.Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()),
                java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ENGLISH);
    }
}
