package org.citybridge.actions.report.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citybridge.actions.report.ActionSnapshot;
import org.citybridge.actions.report.IndicatorSnapshot;
import org.citybridge.actions.report.ProgressReport;
import org.citybridge.platform.web.SpreadsheetCells;

/**
 * A report as one table for the P&C spreadsheet: one row per action and indicator (an action without
 * indicators has one row with the indicator columns empty), so that a pivot table can sum budgets per
 * goal or list every indicator behind its line. UTF-8 with a byte order mark and CRLF, as Excel reads it.
 */
final class ReportCsv {

    static final List<String> HEADER = List.of("period", "state", "goal", "actionId", "action", "status",
            "completion %", "budget planned EUR", "budget spent EUR", "FTE planned", "FTE spent", "milestones reached",
            "milestones missed", "indicator", "unit", "value", "measured on", "progress %", "indicator status",
            "commentary");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportCsv() {
    }

    static void write(ProgressReport report, OutputStream out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(SpreadsheetCells.BOM);
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(HEADER);
                for (ActionSnapshot action : report.actions()) {
                    List<IndicatorSnapshot> indicators = action.indicators().isEmpty()
                            ? Collections.singletonList(null) : action.indicators();
                    for (IndicatorSnapshot indicator : indicators) {
                        printer.printRecord(row(report, action, indicator).stream().map(ReportCsv::cell).toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(ProgressReport report, ActionSnapshot action, IndicatorSnapshot indicator) {
        List<String> row = new ArrayList<>(List.of(report.period().label(), report.state().name(),
                action.goal() == null ? "" : action.goal().toString(), action.actionId(), action.title(),
                action.status().name(), percent(action.completion()), plain(action.resources().budgetPlanned()),
                plain(action.resources().budgetSpent()), plain(action.resources().ftePlanned()),
                plain(action.resources().fteSpent()), String.join("; ", action.milestonesReached()),
                String.join("; ", action.milestonesMissed())));
        if (indicator == null) {
            row.addAll(List.of("", "", "", "", "", ""));
        } else {
            row.addAll(List.of(indicator.name(), indicator.unit() == null ? "" : indicator.unit(),
                    plain(indicator.latestValue()),
                    indicator.latestDate() == null ? "" : indicator.latestDate().toString(),
                    indicator.progress() == null ? "" : percent(indicator.progress()), indicator.status()));
        }
        row.add(action.commentary() == null ? "" : action.commentary());
        return row;
    }

    /** A number stays a number (a spreadsheet must sum it, and "-5" is no formula); text is made formula-safe. */
    private static String cell(String value) {
        return NUMBER.matcher(value).matches() ? value : SpreadsheetCells.text(value);
    }

    /** A dot as decimal separator whatever the server's locale, so that the figure reads the same everywhere. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f", fraction * 100);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
