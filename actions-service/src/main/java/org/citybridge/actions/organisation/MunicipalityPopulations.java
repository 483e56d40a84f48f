package org.citybridge.actions.organisation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.NetworkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Each member's population and languages, from {@code municipality.joined.v1}: per-capita figures divide
 * by the population; a city's documents are written in its first language.
 */
@Component
class MunicipalityPopulations implements Populations, CityLanguages {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityPopulations.class);

    private final NetworkStore<MemberMunicipality> municipalities;
    private final Counter outOfOrder;

    MunicipalityPopulations(AggregateStores stores, MeterRegistry meters) {
        this.municipalities = stores.networkWide(MemberMunicipality.class);
        this.outOfOrder = OrganisationsTopicListener.outOfOrder(meters);
    }

    @Override
    public OptionalLong of(String municipality) {
        return municipality == null ? OptionalLong.empty()
                : municipalities.findById(municipality).map(MemberMunicipality::population).orElse(OptionalLong.empty());
    }

    @Override
    public List<String> languagesOf(String municipality) {
        return municipality == null ? List.of()
                : municipalities.findById(municipality).map(MemberMunicipality::languages).orElse(List.of());
    }

    void joined(EventEnvelope event) {
        MunicipalityJoined joined = event.payloadAs(MunicipalityJoined.class);
        Optional<MemberMunicipality> known = municipalities.findById(joined.id());
        if (known.isEmpty()) {
            municipalities.save(MemberMunicipality.joined(joined.id(), joined.population(), joined.languages(),
                    event.sequence()));
        } else if (known.get().learn(joined.population(), joined.languages(), event.sequence())) {
            municipalities.save(known.get());
        } else {
            outOfOrder.increment();
            log.info("{} {} of municipality {} is not newer than what is known; ignored", event.type(), event.id(),
                    joined.id());
        }
    }
}
