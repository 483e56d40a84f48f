package org.citybridge.organisations.pact;

import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation puts under the pact: who is responsible for it, when it signed, and what it
 * undertakes per line of work (optional).
 */
public record Signing(String organisationId, String organisationName, String responsibleName, String responsibleRole,
        LocalDate signedOn, List<Commitment> commitments) {

    public Signing {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
