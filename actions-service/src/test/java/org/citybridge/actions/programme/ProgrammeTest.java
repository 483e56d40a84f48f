package org.citybridge.actions.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.citybridge.actions.action.Resources;
import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A city's action programme: its period, goals and milestones, as an officer starts and steers it. */
class ProgrammeTest {

    private static final Period PERIOD = new Period(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31));
    private static final ProgrammeContent CONTENT = new ProgrammeContent(" Almelo verbindt ", "samen",
            PERIOD, List.of(new Goal(1, "Taal", null), new Goal(2, "Werk", null)), null, null);

    @Test
    void startingIsNewsWithTheProgrammesContent() {
        Programme programme = Programme.start("p1", "almelo", CONTENT, Visibility.NETWORK);

        assertThat(programme.id()).isEqualTo("p1");
        assertThat(programme.title()).isEqualTo("Almelo verbindt");
        assertThat(programme.content()).isEqualTo(CONTENT);
        assertThat(programme.startedAt()).isNotNull();
        assertThat(programme.recordedEvents()).containsExactly(new Programme.Started("p1", "almelo", CONTENT,
                Visibility.NETWORK, programme.startedAt()));
        assertThat(Programme.start("almelo", CONTENT, Visibility.PRIVATE).id()).isNotBlank();
    }

    @Test
    void aRevisionReplacesTheContentAndMayWidenWhoSeesIt() {
        Programme programme = Programme.start("almelo", CONTENT, Visibility.PRIVATE);
        ProgrammeContent revised = new ProgrammeContent("Almelo verbindt 2", null, PERIOD, null, null, null);

        programme.revise(revised, null);
        assertThat(programme.visibility()).isEqualTo(Visibility.PRIVATE);
        programme.revise(revised, Visibility.PUBLIC);

        assertThat(programme.content()).isEqualTo(revised);
        assertThat(programme.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void milestonesArePlannedAndMovedOnOneByOne() {
        Programme programme = Programme.start("almelo", CONTENT, Visibility.NETWORK);
        Milestone first = programme.planMilestone("Nota", LocalDate.of(2012, 6, 1));
        Milestone second = programme.planMilestone("Evaluatie", LocalDate.of(2013, 6, 1));

        Milestone done = programme.changeMilestone(second.id(), MilestoneState.COMPLETED, LocalDate.of(2013, 5, 1),
                "anna");

        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2013, 5, 1));
        assertThat(programme.milestones()).extracting(Milestone::state)
                .containsExactly(MilestoneState.NOT_STARTED, MilestoneState.COMPLETED);
        assertThat(programme.milestones().get(0)).isEqualTo(first);
        assertThatThrownBy(() -> programme.changeMilestone("nope", MilestoneState.COMPLETED, null, "anna"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPeriodRunsFromItsStartToItsEndWithinSaneYears() {
        assertThat(PERIOD.contains(LocalDate.of(2012, 1, 1))).isTrue();
        assertThat(PERIOD.contains(LocalDate.of(2015, 12, 31))).isTrue();
        assertThat(PERIOD.contains(LocalDate.of(2011, 12, 31))).isFalse();
        assertThat(PERIOD.contains(LocalDate.of(2016, 1, 1))).isFalse();
        assertThat(new Period(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31)).start().getYear()).isEqualTo(1900);
        assertThatThrownBy(() -> new Period(LocalDate.of(1899, 12, 31), LocalDate.of(2012, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2012, 1, 1), LocalDate.of(2201, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Period(LocalDate.of(2012, 1, 2), LocalDate.of(2012, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Period(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1)).contains(LocalDate.of(2012, 1, 1)))
                .isTrue();
    }

    @Test
    void contentIsTidiedAndItsGoalsFoundByNumber() {
        ProgrammeContent content = new ProgrammeContent("T", null, PERIOD, List.of(new Goal(1, " Taal ", null,
                " doel-1 ")), Arrays.asList(" draagvlak ", null, " "), null, " v1 ");

        assertThat(content.successFactors()).containsExactly("draagvlak");
        assertThat(content.weighting()).isEqualTo(ProgressWeighting.EQUAL);
        assertThat(content.visionId()).isEqualTo("v1");
        assertThat(content.goal(1)).get().extracting(Goal::visionObjective).isEqualTo("doel-1");
        assertThat(content.goal(2)).isEmpty();
        assertThat(CONTENT.goals()).hasSize(2);
        assertThat(new ProgrammeContent("T", null, PERIOD, null, null, null, "  ").visionId()).isNull();
    }

    @Test
    void contentNeedsATitleDistinctGoalsAndAVisionForVisionObjectives() {
        assertThatThrownBy(() -> new ProgrammeContent(" ", null, PERIOD, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("title"));
        assertThatThrownBy(() -> new ProgrammeContent("T", null, PERIOD, List.of(new Goal(1, "a", null),
                new Goal(1, "b", null)), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("goals"));
        assertThatThrownBy(() -> new ProgrammeContent("T", null, PERIOD, List.of(new Goal(1, "a", null, "doel")),
                null, null)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("visionId"));
        assertThatThrownBy(() -> new Goal(0, "a", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Goal(1, " ", null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void resourcesAreNeverNegative() {
        BigDecimal minus = new BigDecimal("-0.01");
        assertThatThrownBy(() -> new Resources(minus, null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Resources(null, minus, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Resources(null, null, minus, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Resources(null, null, null, minus)).isInstanceOf(InvalidValueException.class);
        assertThat(new Resources(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).budgetSpent())
                .isZero();
    }
}
