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
 *
 * @param sequence the sequence of the newest event applied: older ones (a replay) change nothing it knows
 * @param complete false while only a status change is known (its registration has not arrived): it is
 *                 then kept PRIVATE and without a kind until the organisation's full state comes
 */
@Document("organisations")
record OrganisationView(@Id String id, @Indexed String municipality, String name, String kind,
        @Indexed Visibility visibility, String status, Instant updatedAt, Long sequence, boolean complete)
        implements TenantOwned {

    /** What a status change alone says: enough to list the organisation in its own city, nothing more. */
    static OrganisationView fromStatusChange(String id, String municipality, String name, String status, Instant at,
            Long sequence) {
        return new OrganisationView(id, municipality, name, null, Visibility.PRIVATE, status, at, sequence, false);
    }

    OrganisationView withStatus(String newStatus, Instant at, Long newSequence) {
        return new OrganisationView(id, municipality, name, kind, visibility, newStatus, at, newSequence, complete);
    }

    /**
     * An older full state arriving after newer news (the registration behind a replayed deactivation):
     * it fills what only it knows and leaves the newer status and sequence alone.
     */
    OrganisationView completedBy(String fullName, String fullKind, Visibility fullVisibility) {
        return new OrganisationView(id, municipality, fullName, fullKind, fullVisibility, status, updatedAt, sequence,
                true);
    }
}
