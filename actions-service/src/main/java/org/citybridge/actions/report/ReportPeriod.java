package org.citybridge.actions.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * A period of the planning-and-control cycle: a quarter ({@code 2012-Q1}), a half-year ({@code 2012-H2})
 * or a year ({@code 2012}). The label is how people and URLs name it.
 */
public record ReportPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]))?");

    public static ReportPeriod parse(String label) {
        Matcher matcher = label == null ? null : LABEL.matcher(label.trim());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException("period", "must be a year (2012), a half-year (2012-H1) or a quarter (2012-Q1)");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 1990 || year > 2100) {
            throw new InvalidValueException("period", "must be a year between 1990 and 2100");
        }
        String part = matcher.group(2);
        if (part == null) {
            return new ReportPeriod(matcher.group(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int months = part.startsWith("Q") ? 3 : 6;
        int index = part.charAt(1) - '1';
        LocalDate start = LocalDate.of(year, 1 + index * months, 1);
        return new ReportPeriod(matcher.group(), start, start.plusMonths(months).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }
}
