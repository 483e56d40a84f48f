package org.citybridge.organisations.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MunicipalityDemoDataTest {

    @Test
    void theDemoCitiesCarryTheSeedsFacts() {
        List<MunicipalityDemoData.DemoMunicipality> demo = MunicipalityDemoData.read();

        assertThat(demo).extracting(MunicipalityDemoData.DemoMunicipality::id)
                .containsExactly("almelo", "antwerpen", "muenster");
        var antwerpen = demo.get(1);
        assertThat(antwerpen.population()).isEqualTo(506_000L);
        assertThat(antwerpen.facts()).anySatisfy(fact -> assertThat(fact.value()).isEqualTo("38%"));
        assertThat(demo.get(0).facts()).anySatisfy(fact -> assertThat(fact.value()).isEqualTo("25%"));
        assertThat(demo).allSatisfy(city -> assertThat(city.facts()).allSatisfy(
                fact -> assertThat(fact.source()).isNotBlank()));
    }
}
