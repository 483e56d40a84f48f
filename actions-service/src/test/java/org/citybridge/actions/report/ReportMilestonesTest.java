package org.citybridge.actions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * What a progress report of a period says about milestones: which were reached in it, which were
 * missed by its end, and how they stood on the day the report looks back to.
 */
class ReportMilestonesTest {

    private static final ReportPeriod Q1_2012 = ReportPeriod.parse("2012-Q1");

    @Test
    void aPeriodIsAYearAHalfOrAQuarter() {
        assertThat(ReportPeriod.parse("2012")).isEqualTo(new ReportPeriod("2012", LocalDate.of(2012, 1, 1),
                LocalDate.of(2012, 12, 31)));
        assertThat(ReportPeriod.parse(" 2012-H2 ")).isEqualTo(new ReportPeriod("2012-H2", LocalDate.of(2012, 7, 1),
                LocalDate.of(2012, 12, 31)));
        assertThat(Q1_2012).isEqualTo(new ReportPeriod("2012-Q1", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 3, 31)));
        assertThat(ReportPeriod.parse("2012-Q4").start()).isEqualTo(LocalDate.of(2012, 10, 1));
        assertThat(ReportPeriod.parse("1990").start().getYear()).isEqualTo(1990);
        assertThat(ReportPeriod.parse("2100").start().getYear()).isEqualTo(2100);
    }

    @Test
    void anythingElseIsNoPeriod() {
        for (String label : new String[] {"2012-Q5", "12", "2012-Q1x", "1989", "2101"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(label)).as(label).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPeriodContainsItsFirstAndLastDay() {
        assertThat(Q1_2012.contains(LocalDate.of(2012, 1, 1))).isTrue();
        assertThat(Q1_2012.contains(LocalDate.of(2012, 3, 31))).isTrue();
        assertThat(Q1_2012.contains(LocalDate.of(2011, 12, 31))).isFalse();
        assertThat(Q1_2012.contains(LocalDate.of(2012, 4, 1))).isFalse();
        assertThat(Q1_2012.contains(null)).isFalse();
    }

    @Test
    void reachedAreTheMilestonesCompletedInThePeriod() {
        List<Milestone> milestones = List.of(done("before", "2011-12-31"), done("first day", "2012-01-01"),
                done("last day", "2012-03-31"), done("after", "2012-04-01"),
                Milestone.planned("m", "open", LocalDate.of(2012, 2, 1)));

        assertThat(Snapshots.reached(milestones, Q1_2012)).containsExactly("first day", "last day");
    }

    @Test
    void missedAreTheOnesDueByTheEndAndNotDoneByThen() {
        List<Milestone> milestones = List.of(
                Milestone.planned("1", "open and due", LocalDate.of(2012, 3, 31)),
                Milestone.planned("2", "due later", LocalDate.of(2012, 4, 1)),
                Milestone.planned("3", "open since last year", LocalDate.of(2011, 6, 1)),
                due("4", "done late", "2012-02-01", "2012-04-15"),
                due("5", "done in time", "2012-02-01", "2012-02-01"),
                due("6", "done last year", "2011-06-01", "2011-07-01"),
                new Milestone("7", "cancelled", LocalDate.of(2012, 2, 1), MilestoneState.CANCELLED, null, null));

        assertThat(Snapshots.missed(milestones, Q1_2012)).containsExactly("open and due", "open since last year",
                "done late");
    }

    @Test
    void lookingBackAMilestoneCompletedLaterWasStillInProgress() {
        Milestone later = done("later", "2012-05-01");
        Milestone earlier = done("earlier", "2012-02-01");
        Milestone open = Milestone.planned("o", "open", LocalDate.of(2012, 3, 1));

        List<Milestone> then = Snapshots.milestonesAsOf(List.of(later, earlier, open), LocalDate.of(2012, 3, 31));

        assertThat(then.get(0).state()).isEqualTo(MilestoneState.IN_PROGRESS);
        assertThat(then.get(0).completedOn()).isNull();
        assertThat(then.get(1)).isEqualTo(earlier);
        assertThat(then.get(2)).isEqualTo(open);
        assertThat(Snapshots.milestonesAsOf(List.of(later), LocalDate.of(2012, 5, 1)).get(0).isCompleted())
                .as("completed on the day itself").isTrue();
    }

    private static Milestone done(String title, String on) {
        return due(title, title, on, on);
    }

    private static Milestone due(String id, String title, String due, String doneOn) {
        return new Milestone(id, title, LocalDate.parse(due), MilestoneState.COMPLETED, LocalDate.parse(doneOn), "anna");
    }
}
