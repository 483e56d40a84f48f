package org.citybridge.actions.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemberMunicipalityTest {

    @Test
    void aNewerAnnouncementChangesThePopulation() {
        MemberMunicipality almelo = MemberMunicipality.joined("almelo", 72000L, 1L);

        assertThat(almelo.learnPopulation(73000L, 2L)).isTrue();
        assertThat(almelo.population()).hasValue(73000);
    }

    @Test
    void anOlderOrTheSameAnnouncementChangesNothing() {
        MemberMunicipality almelo = MemberMunicipality.joined("almelo", 73000L, 2L);

        assertThat(almelo.learnPopulation(72000L, 1L)).isFalse();
        assertThat(almelo.learnPopulation(72000L, 2L)).isFalse();
        assertThat(almelo.population()).hasValue(73000);
    }

    @Test
    void anAnnouncementWithoutSequenceIsTakenAsItComes() {
        MemberMunicipality almelo = MemberMunicipality.joined("almelo", 73000L, 2L);

        assertThat(almelo.learnPopulation(74000L, null)).isTrue();
        assertThat(almelo.population()).hasValue(74000);
    }

    @Test
    void theLanguagesAreLearntWithThePopulationAndAnOlderAnnouncementKeepsThem() {
        MemberMunicipality muenster = MemberMunicipality.joined("muenster", 300000L, null, 1L);
        assertThat(muenster.languages()).isEmpty();

        assertThat(muenster.learn(300000L, List.of("de"), 2L)).isTrue();
        assertThat(muenster.learn(300000L, List.of("nl"), 1L)).isFalse();
        assertThat(muenster.languages()).containsExactly("de");
    }

    @Test
    void anUnknownPopulationIsEmptyNotZero() {
        assertThat(MemberMunicipality.joined("almelo", null, 1L).population()).isEmpty();
    }
}
