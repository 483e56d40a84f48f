package org.citybridge.actions.report.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.IndicatorChart;
import org.citybridge.actions.report.ActionSnapshot;
import org.citybridge.actions.report.IndicatorSnapshot;
import org.citybridge.actions.report.ProgressReport;
import org.citybridge.actions.report.ReportState;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable report: the programme's completion, then per action its status, budget and FTE,
 * milestones reached and missed, the officer's commentary and one chart per indicator (values over time
 * against the target line). Everything comes from the frozen snapshot, so a finalised report prints the
 * same in ten years.
 */
final class ReportPdf {

    /** OpenPDF ships Liberation Sans; embedded as Unicode it prints "Münster" and Turkish names alike. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Color GREY = new Color(90, 90, 90);
    /** Pixels drawn per chart; scaled into the page's width, so that the chart stays sharp when printed. */
    private static final int CHART_WIDTH = 1000;
    private static final int CHART_HEIGHT = 500;

    private ReportPdf() {
    }

    static byte[] render(ProgressReport report) {
        BaseFont base = font();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 12.5f, Font.BOLD);
        Font body = new Font(base, 10);
        Font small = new Font(base, 8.5f, Font.NORMAL, GREY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.programmeTitle() + " - " + report.period().label());
            document.addCreator("CityBridge");
            document.open();

            document.add(spaced(new Paragraph("Progress report " + report.period().label(), title), 2));
            document.add(spaced(new Paragraph(report.programmeTitle(), heading), 4));
            String state = report.state() == ReportState.FINAL
                    ? "Final, " + TIME.format(report.finalisedAt()) + (report.finalisedBy() == null ? ""
                            : " by " + report.finalisedBy())
                    : "DRAFT - snapshot of " + TIME.format(report.takenAt()) + "; figures may still change";
            document.add(spaced(new Paragraph(state + "  ·  period " + report.period().start() + " to "
                    + report.period().end(), small), 8));
            document.add(spaced(new Paragraph("Programme completion: " + ReportCsv.percent(report.completion())
                    + " %  ·  " + report.actions().size() + (report.actions().size() == 1 ? " action" : " actions"), body), 12));

            for (ActionSnapshot action : report.actions()) {
                document.add(spaced(new Paragraph(action.title(), heading), 3));
                document.add(spaced(new Paragraph("Status " + action.status() + "  ·  completion "
                        + ReportCsv.percent(action.completion()) + " %" + (action.goal() == null ? ""
                                : "  ·  goal " + action.goal()), body), 2));
                String resources = resources(action);
                if (!resources.isEmpty()) {
                    document.add(spaced(new Paragraph(resources, body), 2));
                }
                if (!action.milestonesReached().isEmpty()) {
                    document.add(spaced(new Paragraph("Milestones reached: "
                            + String.join("; ", action.milestonesReached()), body), 2));
                }
                if (!action.milestonesMissed().isEmpty()) {
                    document.add(spaced(new Paragraph("Milestones missed: "
                            + String.join("; ", action.milestonesMissed()), body), 2));
                }
                if (action.commentary() != null) {
                    document.add(spaced(new Paragraph("Commentary: " + action.commentary(), body), 2));
                }
                for (IndicatorSnapshot indicator : action.indicators()) {
                    document.add(spaced(new Paragraph(caption(indicator), small), 2));
                    Image chart = Image.getInstance(png(IndicatorChart.render(chartData(indicator), CHART_WIDTH, CHART_HEIGHT)));
                    chart.scaleToFit(document.getPageSize().getWidth() - 100, 250);
                    document.add(chart);
                }
                document.add(spaced(new Paragraph(" ", body), 8));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report PDF could not be composed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resources(ActionSnapshot action) {
        var resources = action.resources();
        StringBuilder line = new StringBuilder();
        if (resources.budgetPlanned() != null || resources.budgetSpent() != null) {
            line.append("Budget EUR ").append(plain(resources.budgetSpent())).append(" spent of ")
                    .append(plain(resources.budgetPlanned())).append(" planned");
        }
        if (resources.ftePlanned() != null || resources.fteSpent() != null) {
            line.append(line.isEmpty() ? "" : "  ·  ").append("FTE ").append(plain(resources.fteSpent()))
                    .append(" spent of ").append(plain(resources.ftePlanned())).append(" planned");
        }
        return line.toString();
    }

    private static String caption(IndicatorSnapshot indicator) {
        String unit = indicator.unit() == null ? "" : " " + indicator.unit();
        return indicator.name() + ": " + (indicator.latestValue() == null ? "no value yet"
                : plain(indicator.latestValue()) + unit + " on " + indicator.latestDate())
                + (indicator.progress() == null ? "" : "  ·  progress " + ReportCsv.percent(indicator.progress()) + " %")
                + "  ·  " + indicator.status();
    }

    /** The chart from the frozen figures, never from the indicator as it is now. */
    private static IndicatorChart.Data chartData(IndicatorSnapshot indicator) {
        List<DatedValue> line = new ArrayList<>();
        if (indicator.baseline() != null) {
            line.add(new DatedValue(indicator.baseline().date(), indicator.baseline().value()));
        }
        indicator.targets().forEach(target -> line.add(new DatedValue(target.date(), target.value())));
        return new IndicatorChart.Data(indicator.name(), indicator.unit(), line,
                indicator.values().stream().map(value -> new DatedValue(value.date(), value.value())).toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "unknown" : value.stripTrailingZeros().toPlainString();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF's bundled font " + FONT + " cannot be read", e);
        }
    }
}
