package org.citybridge.organisations.municipality;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.demo.DemoFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * The three demo cities with the facts the seed documents give (demo/municipalities.json), loaded
 * before anything that belongs to them. Idempotent: a member that exists is left alone.
 */
@Component
@Order(0)
@ConditionalOnProperty("citybridge.demo.enabled")
class MunicipalityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityDemoData.class);

    record DemoMunicipality(String id, String name, String country, List<String> languages, Long population,
            LocalDate joinedOn, List<Municipality.Fact> facts) {
    }

    private final MunicipalityService municipalities;

    MunicipalityDemoData(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoMunicipality> demo = read();
        int added = 0;
        for (DemoMunicipality seed : demo) {
            if (municipalities.joinUnlessMember(Municipality.join(seed.id(), seed.name(), seed.country(),
                    seed.languages(), seed.population(), seed.facts(), seed.joinedOn()))) {
                added++;
            }
        }
        log.info("Demo data: {} municipalities added, {} were already there", added, demo.size() - added);
    }

    static List<DemoMunicipality> read() {
        return DemoFiles.read("municipalities.json", new TypeReference<List<DemoMunicipality>>() { });
    }
}
