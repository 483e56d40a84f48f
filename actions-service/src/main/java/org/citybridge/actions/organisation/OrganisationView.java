package org.citybridge.actions.organisation;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's own copy of an organisation, fed by {@code citybridge.organisations}, so that actions
 * naming known partners save while organisations-service is down. It belongs to the organisation's
 * city and is shared as the organisation is.
 *
 * @param sequence the sequence of the newest event applied: older ones (a replay) change nothing it knows
 * @param complete false while only a status change is known (its registration has not arrived): it is
 *                 then kept PRIVATE until the organisation's full state comes
 */
@Document("organisations")
record OrganisationView(@Id String id, @Indexed String municipality, String name, Visibility visibility,
        String status, Long sequence, boolean complete) implements TenantOwned {

    static final String ACTIVE = "ACTIVE";

    /** What a status change alone says: enough to check a partner of its own city, nothing more. */
    static OrganisationView fromStatusChange(String id, String municipality, String name, String status,
            Long sequence) {
        return new OrganisationView(id, municipality, name, Visibility.PRIVATE, status, sequence, false);
    }

    boolean active() {
        return ACTIVE.equals(status);
    }

    OrganisationView withStatus(String newStatus, Long newSequence) {
        return new OrganisationView(id, municipality, name, visibility, newStatus, newSequence, complete);
    }

    /**
     * An older full state arriving after newer news (the registration behind a replayed deactivation):
     * it fills what only it knows and leaves the newer status and sequence alone.
     */
    OrganisationView completedBy(String fullName, Visibility fullVisibility) {
        return new OrganisationView(id, municipality, fullName, fullVisibility, status, sequence, true);
    }
}
