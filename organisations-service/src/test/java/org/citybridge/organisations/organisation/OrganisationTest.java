package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    static final OrganisationDetails DETAILS = new OrganisationDetails("Stichting Münster-Almelo",
            OrganisationKind.CIVIL_SOCIETY, Visibility.NETWORK,
            Address.of("Voorbeeldstraat 1", "7600 XA", "Almelo", "NL"), "https://example.org", List.of("jongeren"),
            List.of(new ContactPerson("Anna Voorbeeld", "contact", "anna@example.org", null)));

    @Test
    void registeringRecordsOneEventAndMakesTheNameSearchable() {
        Organisation organisation = Organisation.register("almelo", DETAILS);

        assertThat(organisation.recordedEvents()).containsExactly(new Organisation.Registered(organisation.id(),
                "almelo", DETAILS, OrganisationStatus.ACTIVE));
        assertThat(organisation.searchName()).isEqualTo("stichting munster-almelo");
        assertThat(organisation.status()).isEqualTo(OrganisationStatus.ACTIVE);
        assertThat(organisation.details()).isEqualTo(DETAILS);
    }

    @Test
    void anUpdateRecordsOneEventAndOnlyWhenSomethingChanged() {
        Organisation organisation = Organisation.register("almelo", DETAILS);

        assertThat(organisation.update(DETAILS)).isFalse();
        assertThat(organisation.update(new OrganisationDetails("Renamed Organisation", DETAILS.kind(),
                DETAILS.visibility(), DETAILS.address(), DETAILS.website(), DETAILS.communities(),
                DETAILS.contactPersons()))).isTrue();

        assertThat(types(organisation)).containsExactly("Registered", "Updated");
        assertThat(organisation.searchName()).isEqualTo("renamed organisation");
    }

    @Test
    void deactivatingTwiceRecordsOneEvent() {
        Organisation organisation = Organisation.register("almelo", DETAILS);

        assertThat(organisation.deactivate()).isTrue();
        assertThat(organisation.deactivate()).isFalse();
        assertThat(organisation.reactivate()).isTrue();

        assertThat(types(organisation)).containsExactly("Registered", "Deactivated", "Reactivated");
    }

    @Test
    void itIsOwnedByItsCityAloneAndTheAdminOwnsNothing() {
        Organisation organisation = Organisation.register("almelo", DETAILS);

        assertThat(organisation.isOwnedBy(new Caller("o", "almelo", Set.of(Role.OFFICER)))).isTrue();
        assertThat(organisation.isOwnedBy(new Caller("a", null, Set.of(Role.ADMIN)))).isFalse();
        assertThat(organisation.isOwnedBy(new Caller("x", "antwerpen", Set.of(Role.OFFICER)))).isFalse();
        assertThat(organisation.isVisibleTo(new Caller("a", null, Set.of(Role.ADMIN))))
                .as("the admin reads what the network shares").isTrue();
    }

    @Test
    void listingPubliclyOpensTheLogoToEveryoneButNotTheOrganisation() {
        Organisation organisation = Organisation.register("almelo", new OrganisationDetails("Private one",
                OrganisationKind.SCHOOL, Visibility.PRIVATE, null, null, null, null));

        assertThat(organisation.logoIsReadableBy(Caller.anonymous())).isFalse();
        assertThat(organisation.logoIsPublic()).isFalse();
        organisation.listPublicly();

        assertThat(organisation.publiclyListed()).isTrue();
        assertThat(organisation.logoIsReadableBy(Caller.anonymous())).isTrue();
        assertThat(organisation.logoIsPublic()).isTrue();
        assertThat(organisation.isVisibleTo(Caller.anonymous())).isFalse();
        assertThat(types(organisation)).containsExactly("Registered");
    }

    @Test
    void detailsNeedANameAndAKind() {
        assertThatThrownBy(() -> new OrganisationDetails(" ", OrganisationKind.SCHOOL, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("name"));
        assertThatThrownBy(() -> new OrganisationDetails("x", null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("kind"));
        assertThat(new OrganisationDetails("x", OrganisationKind.SCHOOL, null, null, null, null, null).visibility())
                .isEqualTo(Visibility.PRIVATE);
    }

    private static List<String> types(Organisation organisation) {
        return organisation.recordedEvents().stream().map(event -> event.getClass().getSimpleName()).toList();
    }
}
