package org.citybridge.organisations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.citybridge.organisations.demo.DemoData.DemoOrganisation;
import org.citybridge.organisations.organisation.ContactPerson;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** The demo file is read at every demo start: it must parse, and re-loading relies on unique fixed ids. */
class DemoDataTest {

    static final List<DemoOrganisation> DEMO = DemoData.read();
    static final Set<String> CITIES = Set.of("almelo", "antwerpen", "muenster");

    @Test
    void parsesWithUniqueFixedIdsInKnownCities() {
        assertThat(DEMO).hasSizeGreaterThan(20);
        Set<String> ids = new HashSet<>();
        for (DemoOrganisation organisation : DEMO) {
            assertThat(ids.add(organisation.id())).as("duplicate id %s", organisation.id()).isTrue();
            assertThat(organisation.id()).startsWith("demo-" + organisation.municipality() + "-");
            assertThat(CITIES).contains(organisation.municipality());
            assertThat(organisation.kind()).isNotNull();
            assertThat(organisation.visibility()).as(organisation.id()).isNotNull();
            assertThat(organisation.source()).as(organisation.id()).isNotBlank();
            assertThat(organisation.details().name()).isEqualTo(organisation.name());
        }
    }

    @Test
    void namesWhatTheSeedsName() {
        assertThat(DEMO).extracting(DemoOrganisation::name).contains("ATIB Almelo", "Universiteit Twente", "Variya",
                "de8 vzw", "VOEM vzw", "JAC (CAW)", "Minderhedenforum", "Oude badhuis", "Stadsmagazijn", "Merksemdok",
                "Atlas", "Top hat");
        for (String city : CITIES) {
            assertThat(DEMO).as("departments with contact persons in %s", city)
                    .anyMatch(o -> o.municipality().equals(city) && o.kind() == OrganisationKind.MUNICIPAL_DEPARTMENT
                            && o.contactPersons() != null && !o.contactPersons().isEmpty());
        }
        assertThat(DEMO).extracting(DemoOrganisation::kind).contains(OrganisationKind.values());
    }

    @Test
    void inventedDetailsSayTheyAreInventedAndUseExampleAddresses() {
        Pattern email = Pattern.compile("[a-z.]+@example\\.org");
        Pattern phone = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,24}");
        for (DemoOrganisation organisation : DEMO) {
            List<String> fictitious = organisation.fictitious() == null ? List.of() : organisation.fictitious();
            assertThat(Set.of("name", "address", "contactPersons", "website")).containsAll(fictitious);
            if (organisation.address() != null) {
                assertThat(fictitious).as("%s has an address", organisation.id()).contains("address");
                assertThat(organisation.address().country()).matches("[A-Z]{2}");
            }
            if (organisation.contactPersons() != null && !organisation.contactPersons().isEmpty()) {
                assertThat(fictitious).as("%s has contact persons", organisation.id()).contains("contactPersons");
                for (ContactPerson person : organisation.contactPersons()) {
                    assertThat(person.email()).as(person.name()).matches(email);
                    if (person.phone() != null) {
                        assertThat(person.phone()).matches(phone);
                    }
                }
            }
        }
    }
}
