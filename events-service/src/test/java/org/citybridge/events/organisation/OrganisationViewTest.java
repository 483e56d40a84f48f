package org.citybridge.events.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** The events service's copy of an organisation, as news of it arrives in or out of order. */
class OrganisationViewTest {

    static final Instant AT = Instant.parse("2030-03-01T12:00:00Z");

    @Test
    void aStatusChangeAloneListsTheOrganisationOnlyInItsOwnCity() {
        OrganisationView view = OrganisationView.fromStatusChange("org-1", "almelo", "Stichting Samen", "INACTIVE", AT,
                7L);

        assertThat(view).isEqualTo(new OrganisationView("org-1", "almelo", "Stichting Samen", null, Visibility.PRIVATE,
                "INACTIVE", AT, 7L, false));
    }

    @Test
    void aNewerStatusKeepsEverythingElse() {
        OrganisationView view = new OrganisationView("org-1", "almelo", "Stichting Samen", "FOUNDATION",
                Visibility.NETWORK, "ACTIVE", AT, 3L, true);

        assertThat(view.withStatus("INACTIVE", AT.plusSeconds(60), 4L)).isEqualTo(new OrganisationView("org-1",
                "almelo", "Stichting Samen", "FOUNDATION", Visibility.NETWORK, "INACTIVE", AT.plusSeconds(60), 4L,
                true));
    }

    @Test
    void anOlderFullStateFillsInWhatOnlyItKnowsAndLeavesTheNewerStatus() {
        OrganisationView early = OrganisationView.fromStatusChange("org-1", "almelo", "Samen", "INACTIVE", AT, 7L);

        assertThat(early.completedBy("Stichting Samen", "FOUNDATION", Visibility.PUBLIC)).isEqualTo(
                new OrganisationView("org-1", "almelo", "Stichting Samen", "FOUNDATION", Visibility.PUBLIC, "INACTIVE",
                        AT, 7L, true));
    }
}
