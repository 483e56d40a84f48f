package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** An organisation's address, contacts, logo and visibility, as an officer enters and others see them. */
class OrganisationValuesTest {

    private static final Caller ALMELO = new Caller("anna", "almelo", Set.of(Role.OFFICER));
    private static final Caller ANTWERPEN = new Caller("bart", "antwerpen", Set.of(Role.OFFICER));

    @Test
    void anAddressIsTrimmedWithAnUpperCaseCountryAndAnEmptyOneIsNone() {
        assertThat(Address.of(" Markt 1 ", " 7600 XA", "Almelo ", "nl"))
                .isEqualTo(new Address("Markt 1", "7600 XA", "Almelo", "NL"));
        assertThat(Address.of(" ", null, "", null)).isNull();
        assertThat(Address.of(null, null, "Almelo", null)).isEqualTo(new Address(null, null, "Almelo", null));
        assertThat(Address.of("Markt 1", null, null, null)).isNotNull();
        assertThat(Address.of(null, "7600", null, null)).isNotNull();
        assertThat(Address.of(null, null, null, "be")).isEqualTo(new Address(null, null, null, "BE"));
    }

    @Test
    void aContactPersonNeedsANameAndLosesBlankFields() {
        assertThat(new ContactPerson(" Anna ", " ", " anna@example.org ", "")).isEqualTo(
                new ContactPerson("Anna", null, "anna@example.org", null));
        assertThat(new ContactPerson("Anna", "chair", null, "+31 6").role()).isEqualTo("chair");
        assertThat(new ContactPerson("Anna", null, null, " +31 6 ").phone()).isEqualTo("+31 6");
        assertThatThrownBy(() -> new ContactPerson(" ", null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ContactPerson(null, null, null, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void detailsKeepEachCommunityOnceAndTrimmed() {
        OrganisationDetails details = new OrganisationDetails(" Buurthuis ", OrganisationKind.SCHOOL, null, null,
                " https://example.org ", Arrays.asList(" jongeren", "jongeren", " ", "ouderen"), null);

        assertThat(details.name()).isEqualTo("Buurthuis");
        assertThat(details.website()).isEqualTo("https://example.org");
        assertThat(details.communities()).containsExactly("jongeren", "ouderen");
        assertThat(details.contactPersons()).isEmpty();
    }

    @Test
    void aPrivateOrganisationIsSeenByItsOwnCityOnlyAndANetworkOneByEveryMember() {
        Organisation own = Organisation.register("almelo", "Buurthuis", OrganisationKind.SCHOOL, Visibility.PRIVATE,
                null, null);
        Organisation shared = Organisation.register("almelo", "Sportclub", OrganisationKind.SCHOOL,
                Visibility.NETWORK, null, null);

        assertThat(own.isVisibleTo(ALMELO)).isTrue();
        assertThat(own.isVisibleTo(ANTWERPEN)).isFalse();
        assertThat(shared.isVisibleTo(ANTWERPEN)).isTrue();
        assertThat(own.logoIsReadableBy(ALMELO)).isTrue();
        assertThat(own.logoIsReadableBy(ANTWERPEN)).isFalse();
    }

    @Test
    void aPublicOrganisationsLogoMayBeCachedByAnyone() {
        Organisation open = Organisation.register("almelo", "Bibliotheek", OrganisationKind.SCHOOL, Visibility.PUBLIC,
                null, null);

        assertThat(open.logoIsPublic()).isTrue();
        assertThat(open.logoIsReadableBy(Caller.anonymous())).isTrue();
    }

    @Test
    void listingPubliclyTwiceChangesItOnce() {
        Organisation organisation = Organisation.register("almelo", "Buurthuis", OrganisationKind.SCHOOL,
                Visibility.PRIVATE, null, null);
        Instant registered = organisation.updatedAt();
        organisation.listPublicly();
        Instant listed = organisation.updatedAt();

        organisation.listPublicly();

        assertThat(listed).isAfterOrEqualTo(registered);
        assertThat(organisation.updatedAt()).as("nothing changed the second time").isEqualTo(listed);
        assertThat(organisation.publiclyListed()).isTrue();
    }

    @Test
    void aNewLogoIsKeptAndMarksTheChange() {
        Organisation organisation = Organisation.register("seed-1", "almelo", "Buurthuis", OrganisationKind.SCHOOL,
                Visibility.NETWORK, "https://example.org", List.of("jongeren"));
        LogoReference logo = new LogoReference("image/png", 1234, "\"abc\"", Instant.now());

        organisation.logoReplaced(logo);

        assertThat(organisation.logo()).isEqualTo(logo);
        assertThat(organisation.id()).isEqualTo("seed-1");
        assertThat(organisation.website()).isEqualTo("https://example.org");
        assertThat(organisation.communities()).containsExactly("jongeren");
        assertThat(organisation.registeredAt()).isNotNull();
        assertThat(organisation.updatedAt()).isAfterOrEqualTo(organisation.registeredAt());
        assertThat(organisation.recordedEvents()).as("a logo is no event").hasSize(1);
        assertThatThrownBy(() -> organisation.logoReplaced(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void deactivatedItStaysReadableAndItsEventsNameIt() {
        Organisation organisation = Organisation.register("almelo", "Buurthuis", OrganisationKind.SCHOOL,
                Visibility.NETWORK, null, null);

        organisation.deactivate();
        assertThat(organisation.status()).isEqualTo(OrganisationStatus.INACTIVE);
        assertThat(organisation.reactivate()).isTrue();
        assertThat(organisation.reactivate()).isFalse();

        assertThat(organisation.status()).isEqualTo(OrganisationStatus.ACTIVE);
        assertThat(organisation.recordedEvents()).contains(
                new Organisation.Deactivated(organisation.id(), "almelo", "Buurthuis"),
                new Organisation.Reactivated(organisation.id(), "almelo", "Buurthuis"));
    }

    @Test
    void anUpdateCarriesTheNewDetailsAndStatus() {
        Organisation organisation = Organisation.register("almelo", "Buurthuis", OrganisationKind.SCHOOL,
                Visibility.PRIVATE, null, null);
        OrganisationDetails renamed = new OrganisationDetails("Huis van de Wijk", OrganisationKind.SCHOOL,
                Visibility.NETWORK, Address.of("Markt 1", null, "Almelo", "NL"), null, List.of(),
                List.of(new ContactPerson("Anna", null, null, null)));

        organisation.update(renamed);

        assertThat(organisation.recordedEvents()).last().isEqualTo(
                new Organisation.Updated(organisation.id(), "almelo", renamed, OrganisationStatus.ACTIVE));
        assertThat(organisation.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(organisation.address().city()).isEqualTo("Almelo");
        assertThat(organisation.contactPersons()).extracting(ContactPerson::name).containsExactly("Anna");
        assertThat(organisation.name()).isEqualTo("Huis van de Wijk");
        assertThat(organisation.kind()).isEqualTo(OrganisationKind.SCHOOL);
    }

    @Test
    void anOrganisationIdIsItsValue() {
        assertThat(new OrganisationId("o-1")).hasToString("o-1");
        assertThatThrownBy(() -> new OrganisationId(null)).isInstanceOf(NullPointerException.class);
        assertThat(OrganisationFilter.none()).isEqualTo(new OrganisationFilter(null, null, null, null));
    }
}
