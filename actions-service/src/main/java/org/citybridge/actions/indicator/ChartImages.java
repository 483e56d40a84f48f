package org.citybridge.actions.indicator;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;

/** What both charts share: days on the time axis, a plain white look, PNG bytes. */
final class ChartImages {

    private ChartImages() {
    }

    static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()),
                TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    }

    static void plainLook(JFreeChart chart) {
        plainLook(chart, Locale.ENGLISH);
    }

    /** The same, with the months on the time axis in the reader's language ("Mär 2012"). */
    static void plainLook(JFreeChart chart, Locale locale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        if (plot.getDomainAxis() instanceof DateAxis axis) {
            SimpleDateFormat format = new SimpleDateFormat("MMM yyyy", locale);
            format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
            axis.setDateFormatOverride(format);
            axis.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        }
    }

    static BufferedImage draw(JFreeChart chart, int width, int height) {
        if (width < 100 || height < 100 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("A chart of " + width + "x" + height + " pixels is not meant to be drawn");
        }
        return chart.createBufferedImage(width, height);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
