package org.citybridge.organisations.messaging;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.municipality.Municipality;
import org.citybridge.platform.event.EventType;

/** Events about the network's membership, on {@code citybridge.organisations}. */
public final class MunicipalityEvents {

    public static final EventType JOINED = EventType.of("municipality.joined", 1);

    private MunicipalityEvents() {
    }

    /** Payload of {@code municipality.joined.v1}; the envelope's municipality is the new member itself. */
    public record MunicipalityJoined(String id, String name, String country, List<String> languages, Long population,
            LocalDate joinedOn) {
    }

    public static MunicipalityJoined joined(Municipality municipality) {
        return new MunicipalityJoined(municipality.id(), municipality.name(), municipality.country(),
                municipality.languages(), municipality.population(), municipality.joinedOn());
    }
}
