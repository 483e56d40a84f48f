package org.citybridge.events.organisation;

import java.time.Instant;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The events service's own copy of an organisation, fed by {@code citybridge.organisations}. It lets
 * registrations and congresses name organisations while organisations-service is down. It belongs to
 * the organisation's city and is shared as the organisation is, so it is read through the caller's scope.
 */
@Document("organisations")
record OrganisationView(@Id String id, @Indexed String municipality, String name, String kind,
        @Indexed Visibility visibility, String status, Instant updatedAt) implements TenantOwned {

    OrganisationView withStatus(String newStatus, Instant at) {
        return new OrganisationView(id, municipality, name, kind, visibility, newStatus, at);
    }
}
