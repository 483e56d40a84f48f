package org.citybridge.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** An action's milestones, status notes and partners that left the network, as its officer sees them. */
class ActionPartnersAndMilestonesTest {

    @Test
    void reachingAMilestoneIsNewsOnceAndItsOwnerAsksWhichOne() {
        Action action = ActionTest.action();
        Milestone planned = action.planMilestone("Kick-off", LocalDate.of(2012, 5, 1));
        action.planMilestone("Evaluatie", LocalDate.of(2012, 9, 1));

        Milestone reached = action.changeMilestone(planned.id(), MilestoneState.COMPLETED, LocalDate.of(2012, 4, 20),
                "anna");
        action.changeMilestone(planned.id(), MilestoneState.COMPLETED, LocalDate.of(2012, 4, 21), "anna");

        assertThat(reached.completedOn()).isEqualTo(LocalDate.of(2012, 4, 20));
        assertThat(action.milestones()).extracting(Milestone::state)
                .containsExactly(MilestoneState.COMPLETED, MilestoneState.NOT_STARTED);
        assertThat(action.recordedEvents()).filteredOn(Action.MilestoneReached.class::isInstance).singleElement()
                .isEqualTo(new Action.MilestoneReached(action.id(), "programme-1", reached, Visibility.NETWORK));
        assertThatThrownBy(() -> action.changeMilestone("nope", MilestoneState.COMPLETED, null, "anna"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void movingAMilestoneOnWithoutCompletingItIsNoNews() {
        Action action = ActionTest.action();
        Milestone planned = action.planMilestone("Kick-off", LocalDate.of(2012, 5, 1));

        action.changeMilestone(planned.id(), MilestoneState.IN_PROGRESS, null, "anna");

        assertThat(action.recordedEvents()).noneMatch(Action.MilestoneReached.class::isInstance);
    }

    @Test
    void aStatusNoteIsTrimmedAndDatedTodayWhenNoDateIsGiven() {
        Action action = ActionTest.action();

        var note = action.postUpdate(null, "  loopt  ", "anna", ActionTest.NOW);
        action.postUpdate(LocalDate.of(2012, 3, 1), "gestart", "anna", ActionTest.NOW);

        assertThat(note.text()).isEqualTo("loopt");
        assertThat(note.date()).isEqualTo(LocalDate.now());
        assertThat(action.updates()).extracting(StatusUpdate::text).containsExactly("loopt", "gestart");
        assertThatThrownBy(() -> action.postUpdate(null, " ", "anna", ActionTest.NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> action.postUpdate(null, null, "anna", ActionTest.NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyAPartnerOfTheActionIsFlaggedAndOnlyOnce() {
        Action action = ActionTest.action();

        assertThat(action.flagInactivePartner("someone-else")).isFalse();
        assertThat(action.inactivePartners()).isEmpty();
        assertThat(action.flagInactivePartner("demo-antwerpen-de8")).isTrue();
        assertThat(action.flagInactivePartner("demo-antwerpen-de8")).isFalse();
        assertThat(action.inactivePartners()).containsExactly("demo-antwerpen-de8");

        assertThat(action.clearInactivePartner("demo-antwerpen-de8")).isTrue();
        assertThat(action.clearInactivePartner("demo-antwerpen-de8")).isFalse();
        assertThat(action.inactivePartners()).isEmpty();
    }

    @Test
    void aRevisionWithoutTheInactivePartnerForgetsItAndMayChangeWhoSeesIt() {
        Action action = ActionTest.action();
        action.flagInactivePartner("demo-antwerpen-de8");
        action.flagInactivePartner("demo-antwerpen-jac");

        action.revise(new ActionDetails("100 jongeren maken het", null, 1, null, new Owner("demo-antwerpen-jac", null),
                List.of(), List.of(), null, null), null);

        assertThat(action.inactivePartners()).containsExactly("demo-antwerpen-jac");
        assertThat(action.visibility()).isEqualTo(Visibility.NETWORK);
        action.revise(action.details(), Visibility.PUBLIC);
        assertThat(action.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void detailsAreTidiedAndNameTheOwnerFirst() {
        ActionDetails details = new ActionDetails(" Taalcafé ", " elke week ", 1, null, new Owner(" org-1 ", null),
                Arrays.asList(" org-2", null, "org-2", "org-1"), Arrays.asList(" jongeren ", " ", null), null, null);

        assertThat(details.title()).isEqualTo("Taalcafé");
        assertThat(details.description()).isEqualTo("elke week");
        assertThat(details.partners()).containsExactly("org-2", "org-1");
        assertThat(details.targetGroups()).containsExactly("jongeren");
        assertThat(details.organisations()).containsExactly("org-1", "org-2");
        assertThat(details.resources()).isEqualTo(Resources.NONE);
        assertThat(new ActionDetails("T", null, null, null, new Owner(null, "Stad"), List.of("org-2"), null, null, null)
                .organisations()).containsExactly("org-2");
        assertThatThrownBy(() -> new ActionDetails(" ", null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class);
    }
}
