package org.citybridge.actions.indicator;

import java.time.LocalDate;

/**
 * How often a city promises a new value. Kausal Watch moves its deadline a year ahead whatever the
 * indicator's resolution; here each interval has its own deadline and names its own periods.
 */
public enum UpdateInterval {
    MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    UpdateInterval(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /**
     * The n-th deadline after a measurement (n = 1, 2, ...). Counted from the measurement each time,
     * not from the previous deadline, so that month ends do not drift (31 Jan, 29 Feb, 31 Mar).
     */
    public LocalDate deadline(LocalDate measuredOn, int n) {
        return measuredOn.plusMonths((long) months * n);
    }

    /** The period a day falls in, named as people write it: {@code 2012-05}, {@code 2012-Q2}, {@code 2012-H1}, {@code 2012}. */
    public String periodOf(LocalDate date) {
        int year = date.getYear();
        int month = date.getMonthValue();
        return switch (this) {
            case MONTH -> String.format("%d-%02d", year, month);
            case QUARTER -> year + "-Q" + ((month - 1) / 3 + 1);
            case HALF_YEAR -> year + "-H" + ((month - 1) / 6 + 1);
            case YEAR -> String.valueOf(year);
        };
    }
}
