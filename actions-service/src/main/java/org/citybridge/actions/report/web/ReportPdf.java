package org.citybridge.actions.report.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.IndicatorChart;
import org.citybridge.actions.report.ActionSnapshot;
import org.citybridge.actions.report.IndicatorSnapshot;
import org.citybridge.actions.report.ProgressReport;
import org.citybridge.actions.report.ReportState;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable report: the programme's completion, then per action its status, budget and FTE,
 * milestones reached and missed, the officer's commentary and one chart per indicator (values over time
 * against the target line). Everything comes from the frozen snapshot, so a finalised report prints the
 * same in ten years.
 *
 * <p>Headings, labels, statuses, numbers and dates are in the reader's language ({@link DocumentLabels});
 * what the city wrote (titles, milestones, commentary, indicator names) stays as written, and where that
 * is another language than the document's a note under the title says so and each action's title is
 * marked ("(NL)").
 */
final class ReportPdf {

    /** OpenPDF ships Liberation Sans; embedded as Unicode it prints "Münster" and Turkish names alike. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color GREY = new Color(90, 90, 90);
    /** Pixels drawn per chart; scaled into the page's width, so that the chart stays sharp when printed. */
    private static final int CHART_WIDTH = 1000;
    private static final int CHART_HEIGHT = 500;

    private ReportPdf() {
    }

    /**
     * @param labels    the words of the document, in the reader's language
     * @param writtenIn the language the city writes its programme in; null when unknown, and then nothing is marked
     */
    static byte[] render(ProgressReport report, DocumentLabels labels, DocumentLanguage writtenIn) {
        BaseFont base = font();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 12.5f, Font.BOLD);
        Font body = new Font(base, 10);
        Font small = new Font(base, 8.5f, Font.NORMAL, GREY);
        IndicatorChart.Words chartWords = new IndicatorChart.Words(labels.text("chart.measured"),
                labels.text("chart.targetLine"), labels.text("chart.noValues"), labels.language().locale());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // The catalog's /Lang tells screen readers which language to read the document in.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().code()));
            document.addTitle(report.programmeTitle() + " - " + report.period().label());
            document.addCreator("CityBridge");
            document.open();

            document.add(spaced(new Paragraph(labels.text("report.title", report.period().label()), title), 2));
            document.add(spaced(new Paragraph(labels.marked(report.programmeTitle(), writtenIn), heading), 4));
            if (writtenIn != null && writtenIn != labels.language()) {
                document.add(spaced(new Paragraph(labels.text("report.writtenIn",
                        labels.text("language." + writtenIn.code()), DocumentLabels.mark(writtenIn)), small), 4));
            }
            String state = report.state() == ReportState.FINAL
                    ? labels.text("report.final", labels.dateTime(report.finalisedAt()))
                            + (report.finalisedBy() == null ? "" : " " + labels.text("report.finalBy", report.finalisedBy()))
                    : labels.text("report.draft", labels.dateTime(report.takenAt()));
            document.add(spaced(new Paragraph(state + "  ·  " + labels.text("report.period",
                    labels.date(report.period().start()), labels.date(report.period().end())), small), 8));
            document.add(spaced(new Paragraph(labels.text("report.completion", percent(labels, report.completion()))
                    + "  ·  " + labels.text("report.actions", report.actions().size()), body), 12));

            for (ActionSnapshot action : report.actions()) {
                document.add(spaced(new Paragraph(labels.marked(action.title(), writtenIn), heading), 3));
                document.add(spaced(new Paragraph(labels.text("report.status",
                        labels.text("action." + action.status().name())) + "  ·  "
                        + labels.text("report.actionCompletion", percent(labels, action.completion()))
                        + (action.goal() == null ? "" : "  ·  " + labels.text("report.goal", action.goal())), body), 2));
                String resources = resources(labels, action);
                if (!resources.isEmpty()) {
                    document.add(spaced(new Paragraph(resources, body), 2));
                }
                if (!action.milestonesReached().isEmpty()) {
                    document.add(spaced(new Paragraph(labels.text("report.milestonesReached",
                            String.join("; ", action.milestonesReached())), body), 2));
                }
                if (!action.milestonesMissed().isEmpty()) {
                    document.add(spaced(new Paragraph(labels.text("report.milestonesMissed",
                            String.join("; ", action.milestonesMissed())), body), 2));
                }
                if (action.commentary() != null) {
                    document.add(spaced(new Paragraph(labels.text("report.commentary", action.commentary()), body), 2));
                }
                for (IndicatorSnapshot indicator : action.indicators()) {
                    document.add(spaced(new Paragraph(caption(labels, indicator), small), 2));
                    Image chart = Image.getInstance(png(IndicatorChart.render(chartData(indicator), chartWords,
                            CHART_WIDTH, CHART_HEIGHT)));
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

    private static String resources(DocumentLabels labels, ActionSnapshot action) {
        var resources = action.resources();
        List<String> parts = new ArrayList<>();
        if (resources.budgetPlanned() != null || resources.budgetSpent() != null) {
            parts.add(labels.text("report.budget", amount(labels, resources.budgetSpent()),
                    amount(labels, resources.budgetPlanned())));
        }
        if (resources.ftePlanned() != null || resources.fteSpent() != null) {
            parts.add(labels.text("report.fte", amount(labels, resources.fteSpent()),
                    amount(labels, resources.ftePlanned())));
        }
        return String.join("  ·  ", parts);
    }

    private static String caption(DocumentLabels labels, IndicatorSnapshot indicator) {
        String unit = indicator.unit() == null ? "" : " " + indicator.unit();
        String latest = indicator.latestValue() == null ? labels.text("report.noValue")
                : labels.text("report.valueOn", labels.text("number", indicator.latestValue()) + unit,
                        labels.date(indicator.latestDate()));
        return indicator.name() + ": " + latest
                + (indicator.progress() == null ? ""
                        : "  ·  " + labels.text("report.progress", percent(labels, indicator.progress())))
                + "  ·  " + labels.text("indicator." + indicator.status());
    }

    /** 0.46 as "46.0 %" or "46,0 %". */
    private static String percent(DocumentLabels labels, double fraction) {
        return labels.text("percent", fraction * 100);
    }

    /** A figure as the language writes it ("85.000" in Dutch and German), or "unknown". */
    private static String amount(DocumentLabels labels, BigDecimal value) {
        return value == null ? labels.text("report.unknown") : labels.text("number", value);
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
