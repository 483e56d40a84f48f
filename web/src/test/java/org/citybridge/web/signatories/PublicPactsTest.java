package org.citybridge.web.signatories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicPactsTest {

    @Test
    void pactsAreIdsWithTheirCity() {
        assertThat(PublicPacts.parse("demo-almelo-pact-2011=Almelo, pact-2=Münster,,bare"))
                .containsExactly(java.util.Map.entry("demo-almelo-pact-2011", "Almelo"),
                        java.util.Map.entry("pact-2", "Münster"), java.util.Map.entry("bare", "bare"));
        assertThat(PublicPacts.parse("")).isEmpty();
    }

    @Test
    void aSignatoryWithoutALogoShowsItsInitialsAndOnlyTheApisLogosAreShown() {
        Signatory atib = new Signatory("s", "o", "ATIB Almelo", "SELF_ORGANISATION", null, "M", "Voorzitter", null, null);
        assertThat(atib.initials()).isEqualTo("AA");
        assertThat(atib.hasLogo()).isFalse();
        assertThat(new Signatory("s", "o", "Variya", null, "/api/organisations/o/logo", null, null, null, List.of())
                .hasLogo()).isTrue();
        assertThat(new Signatory("s", "o", "X", null, "https://evil.example/x.png", null, null, null, List.of())
                .hasLogo()).isFalse();
    }
}
