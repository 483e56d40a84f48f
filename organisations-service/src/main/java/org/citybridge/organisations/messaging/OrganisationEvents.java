package org.citybridge.organisations.messaging;

import java.util.List;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationDetails;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events this service publishes about organisations on {@code citybridge.organisations},
 * translated from the organisation's domain events in this one place. Documented in docs/events.md
 * with an example per type. Address and contact persons stay out of every payload: contact persons are
 * personal data, and no consumer needs either.
 */
@Component
public class OrganisationEvents extends EventTranslation<Organisation> {

    public static final EventType REGISTERED = EventType.of("organisation.registered", 1);
    public static final EventType UPDATED = EventType.of("organisation.updated", 1);
    public static final EventType DEACTIVATED = EventType.of("organisation.deactivated", 1);
    public static final EventType REACTIVATED = EventType.of("organisation.reactivated", 1);

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

    OrganisationEvents() {
        super(Organisation.class);
        translate(Organisation.Registered.class, REGISTERED, event -> {
            OrganisationDetails details = event.details();
            return new OrganisationRegistered(event.organisationId(), event.municipality(), details.name(),
                    details.kind().name(), details.visibility().name(), details.website(), details.communities(),
                    event.status().name());
        });
        translate(Organisation.Updated.class, UPDATED, event -> {
            OrganisationDetails details = event.details();
            return new OrganisationUpdated(event.organisationId(), event.municipality(), details.name(),
                    details.kind().name(), details.visibility().name(), details.website(), details.communities(),
                    event.status().name());
        });
        translate(Organisation.Deactivated.class, DEACTIVATED, event -> new OrganisationStatusChanged(
                event.organisationId(), event.municipality(), event.name(), "INACTIVE"));
        translate(Organisation.Reactivated.class, REACTIVATED, event -> new OrganisationStatusChanged(
                event.organisationId(), event.municipality(), event.name(), "ACTIVE"));
    }
}
