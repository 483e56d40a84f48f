package org.citybridge.organisations.messaging;

import java.util.List;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.platform.event.EventType;

/**
 * The integration events this service publishes on {@code citybridge.organisations}, translated from
 * the domain in this one place. Documented in docs/events.md with an example per type.
 */
public final class OrganisationEvents {

    public static final EventType REGISTERED = EventType.of("organisation.registered", 1);

    private OrganisationEvents() {
    }

    /** Payload of {@code organisation.registered.v1}. */
    public record OrganisationRegistered(String id, String municipality, String name, String kind, String visibility,
            String website, List<String> communities, String status) {
    }

    public static OrganisationRegistered registered(Organisation organisation) {
        return new OrganisationRegistered(organisation.id(), organisation.municipality(), organisation.name(),
                organisation.kind().name(), organisation.visibility().name(), organisation.website(),
                organisation.communities(), organisation.status().name());
    }
}
