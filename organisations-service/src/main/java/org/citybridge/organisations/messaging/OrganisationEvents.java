package org.citybridge.organisations.messaging;

import java.util.List;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.platform.event.EventType;

/**
 * The integration events this service publishes on {@code citybridge.organisations}, translated from
 * the domain in this one place. Documented in docs/events.md with an example per type. Address and
 * contact persons stay out of every payload: contact persons are personal data, and no consumer needs
 * either.
 */
public final class OrganisationEvents {

    public static final EventType REGISTERED = EventType.of("organisation.registered", 1);
    public static final EventType UPDATED = EventType.of("organisation.updated", 1);
    public static final EventType DEACTIVATED = EventType.of("organisation.deactivated", 1);
    public static final EventType REACTIVATED = EventType.of("organisation.reactivated", 1);

    private OrganisationEvents() {
    }

    /** Payload of {@code organisation.registered.v1}. */
    public record OrganisationRegistered(String id, String municipality, String name, String kind, String visibility,
            String website, List<String> communities, String status) {
    }

    /** Payload of {@code organisation.updated.v1}: the shareable fields as they are after the update. */
    public record OrganisationUpdated(String id, String municipality, String name, String kind, String visibility,
            String website, List<String> communities, String status) {
    }

    /** Payload of {@code organisation.deactivated.v1} and {@code organisation.reactivated.v1}. */
    public record OrganisationStatusChanged(String id, String municipality, String name, String status) {
    }

    public static OrganisationRegistered registered(Organisation organisation) {
        return new OrganisationRegistered(organisation.id(), organisation.municipality(), organisation.name(),
                organisation.kind().name(), organisation.visibility().name(), organisation.website(),
                organisation.communities(), organisation.status().name());
    }

    public static OrganisationUpdated updated(Organisation organisation) {
        return new OrganisationUpdated(organisation.id(), organisation.municipality(), organisation.name(),
                organisation.kind().name(), organisation.visibility().name(), organisation.website(),
                organisation.communities(), organisation.status().name());
    }

    public static OrganisationStatusChanged deactivated(Organisation organisation) {
        return statusChanged(organisation);
    }

    public static OrganisationStatusChanged reactivated(Organisation organisation) {
        return statusChanged(organisation);
    }

    private static OrganisationStatusChanged statusChanged(Organisation organisation) {
        return new OrganisationStatusChanged(organisation.id(), organisation.municipality(), organisation.name(),
                organisation.status().name());
    }
}
