package org.citybridge.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** The events an action records are the news consumers get: each once, when it happens. */
class ActionTest {

    static final Instant NOW = Instant.parse("2012-04-01T10:00:00Z");

    static Action action() {
        return Action.create("antwerpen", "programme-1", new ActionDetails("100 jongeren maken het", null, 1, null,
                new Owner("demo-antwerpen-jac", null), List.of("demo-antwerpen-de8"), List.of("jongeren"), null, null),
                Visibility.NETWORK);
    }

    @Test
    void aComputedChangeIsRecordedOnceAndCompletionIsNewsOfItsOwn() {
        Action action = action();
        action.applyComputedStatus(ActionStatus.ON_TIME, NOW);
        action.applyComputedStatus(ActionStatus.ON_TIME, NOW);
        action.applyComputedStatus(ActionStatus.COMPLETED, NOW);

        assertThat(action.recordedEvents()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("Created", "StatusChanged", "StatusChanged", "Completed");
        assertThat(action.status()).isEqualTo(ActionStatus.COMPLETED);
    }

    @Test
    void anOverrideHidesTheComputedStatusUntilItIsCleared() {
        Action action = action();
        action.overrideStatus(new StatusOverride(ActionStatus.POSTPONED, "New council decides in June", null, "o", NOW));
        action.applyComputedStatus(ActionStatus.LATE, NOW);

        assertThat(action.status()).isEqualTo(ActionStatus.POSTPONED);
        assertThat(action.computedStatus()).isEqualTo(ActionStatus.LATE);

        action.clearOverride("override removed", NOW);
        assertThat(action.status()).isEqualTo(ActionStatus.LATE);
        assertThat(action.recordedEvents()).filteredOn(Action.StatusChanged.class::isInstance)
                .map(Action.StatusChanged.class::cast)
                .extracting(changed -> changed.from() + ">" + changed.to() + (changed.manual() ? " by hand" : ""))
                .containsExactly("NOT_STARTED>POSTPONED by hand", "POSTPONED>LATE by hand");
    }

    @Test
    void anOverrideNeedsAReasonAndMergedNamesTheAction() {
        assertThatThrownBy(() -> new StatusOverride(ActionStatus.CANCELLED, " ", null, "o", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new StatusOverride(ActionStatus.MERGED, "one is enough", null, "o", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("mergedInto");
    }

    @Test
    void completingAMilestoneIsReachedOnceAndChangesAreOneUpdatePerSave() {
        Action action = action();
        Milestone milestone = action.planMilestone("26 coaches gevonden", LocalDate.of(2012, 3, 1));
        action.changeMilestone(milestone.id(), MilestoneState.COMPLETED, LocalDate.of(2012, 2, 20), "officer");
        action.changeMilestone(milestone.id(), MilestoneState.COMPLETED, LocalDate.of(2012, 2, 21), "officer");

        assertThat(action.recordedEvents()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("Created", "MilestoneReached");
        assertThat(action.milestones().get(0).completedOn()).isEqualTo(LocalDate.of(2012, 2, 21));
    }

    @Test
    void onlyOrganisationsTheActionNamesAreFlaggedAndRevisingDropsFlagsOfThoseNoLongerNamed() {
        Action action = action();

        assertThat(action.flagInactivePartner("demo-antwerpen-voem")).isFalse();
        assertThat(action.flagInactivePartner("demo-antwerpen-de8")).isTrue();
        assertThat(action.flagInactivePartner("demo-antwerpen-jac")).isTrue();
        assertThat(action.inactivePartners()).containsExactly("demo-antwerpen-de8", "demo-antwerpen-jac");

        action.revise(new ActionDetails("100 jongeren maken het", null, 1, null, new Owner(null, "Stad Antwerpen"),
                List.of("demo-antwerpen-de8"), List.of(), null, null), null);
        assertThat(action.inactivePartners()).containsExactly("demo-antwerpen-de8");
        assertThat(action.clearInactivePartner("demo-antwerpen-de8")).isTrue();
        assertThat(action.inactivePartners()).isEmpty();
    }
}
