package org.citybridge.actions.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citybridge.actions.organisation.remote.RemoteOrganisation;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

class PartnerStandingTest {

    @Test
    void anActiveOrganisationOfTheCityIsAPartner() {
        assertThatCode(() -> new PartnerStanding("org-1", "almelo", true).requireActivePartnerOf("almelo", "partners"))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherCitysOrganisationIsAnsweredAsIfItDidNotExistEvenWhenInactive() {
        assertThatThrownBy(() -> new PartnerStanding("org-1", "antwerpen", false)
                .requireActivePartnerOf("almelo", "partners"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("partners names no organisation of almelo: org-1");
    }

    @Test
    void anInactiveOrganisationOfTheCityIsRefused() {
        assertThatThrownBy(() -> new PartnerStanding("org-1", "almelo", false).requireActivePartnerOf("almelo", "owner"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("owner organisation org-1 is inactive");
    }

    @Test
    void onlyTheStatusActiveCountsAsActiveWhereverTheOrganisationWasLearnt() {
        assertThatThrownBy(() -> PartnerStanding.of(new RemoteOrganisation("org-1", "almelo", "X", "INACTIVE"))
                .requireActivePartnerOf("almelo", "partners")).hasMessageContaining("is inactive");
        assertThatThrownBy(() -> PartnerStanding.of(new OrganisationView("org-1", "almelo", "X", Visibility.NETWORK,
                "INACTIVE", 1L, true)).requireActivePartnerOf("almelo", "partners")).hasMessageContaining("is inactive");
        assertThatCode(() -> PartnerStanding.of(new RemoteOrganisation("org-1", "almelo", "X", "ACTIVE"))
                .requireActivePartnerOf("almelo", "partners")).doesNotThrowAnyException();
    }
}
