package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OverduePeriodTest {

    @Test
    void aQuarterlyValueMeasuredOn31MarchIsDueBy30JuneAndOverdueTheDayAfter() {
        LocalDate measured = LocalDate.parse("2012-03-31");

        assertThat(missed(UpdateInterval.QUARTER, measured, "2012-06-30")).isEmpty();
        assertThat(missed(UpdateInterval.QUARTER, measured, "2012-07-01"))
                .contains(new OverduePeriod("2012-Q2", LocalDate.parse("2012-06-30")));
        assertThat(missed(UpdateInterval.QUARTER, measured, "2012-09-30"))
                .contains(new OverduePeriod("2012-Q2", LocalDate.parse("2012-06-30")));
        assertThat(missed(UpdateInterval.QUARTER, measured, "2012-10-01"))
                .contains(new OverduePeriod("2012-Q3", LocalDate.parse("2012-09-30")));
    }

    @Test
    void monthlyDeadlinesFollowMonthEndsWithoutDrifting() {
        // 31 Jan + 1 month is 29 Feb 2012; + 2 months is 31 Mar, not 29 Mar.
        LocalDate baseline = LocalDate.parse("2012-01-31");

        assertThat(missed(UpdateInterval.MONTH, baseline, "2012-03-01"))
                .contains(new OverduePeriod("2012-02", LocalDate.parse("2012-02-29")));
        assertThat(missed(UpdateInterval.MONTH, baseline, "2012-04-01"))
                .contains(new OverduePeriod("2012-03", LocalDate.parse("2012-03-31")));
    }

    @Test
    void aLongSilenceNamesTheLatestMissedPeriod() {
        assertThat(missed(UpdateInterval.MONTH, LocalDate.parse("2010-01-15"), "2012-06-01"))
                .contains(new OverduePeriod("2012-05", LocalDate.parse("2012-05-15")));
    }

    @Test
    void yearsAndHalfYearsAreNamedAfterThePeriodTheValueWasFor() {
        assertThat(missed(UpdateInterval.YEAR, LocalDate.parse("2011-01-01"), "2012-01-02"))
                .contains(new OverduePeriod("2011", LocalDate.parse("2012-01-01")));
        assertThat(missed(UpdateInterval.HALF_YEAR, LocalDate.parse("2011-07-01"), "2012-01-02"))
                .contains(new OverduePeriod("2011-H2", LocalDate.parse("2012-01-01")));
        assertThat(missed(UpdateInterval.HALF_YEAR, LocalDate.parse("2011-07-01"), "2012-01-01")).isEmpty();
    }

    private static Optional<OverduePeriod> missed(UpdateInterval interval, LocalDate last, String today) {
        return OverduePeriod.latestMissed(interval, last, LocalDate.parse(today));
    }
}
