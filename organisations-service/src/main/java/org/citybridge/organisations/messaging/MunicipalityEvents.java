package org.citybridge.organisations.messaging;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.municipality.Municipality;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/** Events about the network's membership, on {@code citybridge.organisations}. */
@Component
public class MunicipalityEvents extends EventTranslation<Municipality> {

    public static final EventType JOINED = EventType.of("municipality.joined", 1);

    /** Payload of {@code municipality.joined.v1}; the envelope's municipality is the new member itself. */
    public record MunicipalityJoined(String id, String name, String country, List<String> languages, Long population,
            LocalDate joinedOn) {
    }

    MunicipalityEvents() {
        super(Municipality.class);
        translate(Municipality.Joined.class, JOINED, event -> new MunicipalityJoined(event.municipalityId(),
                event.name(), event.country(), event.languages(), event.population(), event.joinedOn()));
    }
}
