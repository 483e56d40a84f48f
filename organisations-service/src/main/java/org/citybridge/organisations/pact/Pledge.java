package org.citybridge.organisations.pact;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.organisation.OrganisationId;

/**
 * What an officer records when an organisation signs: which organisation, the person responsible for
 * it, the date, and what it undertakes per line of work (optional).
 */
public record Pledge(OrganisationId organisationId, String responsibleName, String responsibleRole, LocalDate signedOn,
        List<Commitment> commitments) {

    public Pledge {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
