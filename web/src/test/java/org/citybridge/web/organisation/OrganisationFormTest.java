package org.citybridge.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class OrganisationFormTest {

    private final Organisation stored = new Organisation("o", "almelo", "ATIB Almelo", "SELF_ORGANISATION", "NETWORK",
            new Organisation.Address("Voorbeeldplein 2", "7600 XB", "Almelo", "NL"), null,
            List.of("Turkse gemeenschap"), List.of(new Organisation.ContactPerson("M. Yıldız", "Voorzitter", null, null)),
            "ACTIVE", true, null, null, null);

    @Test
    void theRequestCarriesEveryFieldAndLeavesTheEmptyRowOut() {
        OrganisationForm form = OrganisationForm.of(stored, "\"3\"");
        form.withEmptyContactRow();
        form.setCommunities("Turkse gemeenschap\n  Marokkaanse gemeenschap , \n");
        form.getAddress().setCountry("nl");

        Map<String, Object> request = form.toRequest();

        assertThat(form.getVersion()).isEqualTo("\"3\"");
        assertThat(form.getContactPersons()).hasSize(2);
        assertThat(request.get("communities")).isEqualTo(List.of("Turkse gemeenschap", "Marokkaanse gemeenschap"));
        assertThat((List<?>) request.get("contactPersons")).hasSize(1);
        assertThat(((Map<?, ?>) request.get("address")).get("country")).isEqualTo("NL");
        assertThat(request.get("website")).isNull();
    }

    @Test
    void anAddressLeftEmptyIsNoAddress() {
        OrganisationForm form = OrganisationForm.of(stored, "\"1\"");
        form.setAddress(new OrganisationForm.AddressForm());

        assertThat(form.toRequest().get("address")).isNull();
    }

    @Test
    void theConflictTableMarksWhatDiffers() {
        OrganisationForm mine = OrganisationForm.of(stored, "\"1\"");
        mine.setName("ATIB Almelo e.V.");
        mine.withEmptyContactRow();
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("officer.kind.SELF_ORGANISATION", Locale.ENGLISH, "Self-organisation");

        List<ConflictRow> rows = ConflictRow.between(stored, mine, messages, Locale.ENGLISH);

        assertThat(rows).filteredOn(ConflictRow::differs).extracting(ConflictRow::fieldKey)
                .containsExactly("officer.organisation.name");
        assertThat(rows.get(1).theirs()).isEqualTo("Self-organisation");
        assertThat(rows.get(0).yours()).isEqualTo("ATIB Almelo e.V.");
    }
}
