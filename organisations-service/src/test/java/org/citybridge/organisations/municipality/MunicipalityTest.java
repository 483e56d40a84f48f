package org.citybridge.organisations.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A city joining the network: what it is called, where, and the news that it joined. */
class MunicipalityTest {

    @Test
    void joiningRecordsOneEventWithTheCitysFacts() {
        List<Municipality.Fact> facts = List.of(new Municipality.Fact("Inwoners", "73.000", "CBS"));

        Municipality gent = Municipality.join("gent", " Gent ", "be", List.of("nl"), 265_000L, facts,
                LocalDate.of(2026, 3, 1));

        assertThat(gent.id()).isEqualTo("gent");
        assertThat(gent.municipality()).as("a city is its own tenant").isEqualTo("gent");
        assertThat(gent.name()).isEqualTo("Gent");
        assertThat(gent.country()).isEqualTo("BE");
        assertThat(gent.languages()).containsExactly("nl");
        assertThat(gent.population()).isEqualTo(265_000L);
        assertThat(gent.facts()).isEqualTo(facts);
        assertThat(gent.joinedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(gent.recordedEvents()).containsExactly(new Municipality.Joined("gent", "Gent", "BE", List.of("nl"),
                265_000L, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void withoutLanguagesFactsOrDateItJoinsToday() {
        Municipality gent = Municipality.join("gent", "Gent", "BE", null, null, null, null);

        assertThat(gent.languages()).isEmpty();
        assertThat(gent.facts()).isEmpty();
        assertThat(gent.joinedOn()).isEqualTo(LocalDate.now());
    }
}
