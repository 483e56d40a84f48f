package org.citybridge.organisations.pact.web;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.organisations.pact.PactContent;
import org.citybridge.organisations.pact.Signatory;

/**
 * One entry of a pact's public list of signatories. Only what the organisation consented to show when
 * signing: no contact data, no record of who entered it.
 *
 * @param logoUrl the organisation's logo, or null when it has none
 */
record SignatoryResponse(String signatureId, String organisationId, String organisationName,
        OrganisationKind kind, String logoUrl, String responsibleName, String responsibleRole, LocalDate date,
        List<CommitmentResponse> commitments) {

    record CommitmentResponse(int lineOfWork, String lineOfWorkTitle, String text) {
    }

    static SignatoryResponse of(PactContent pact, Signatory signatory) {
        var signature = signatory.signature();
        return new SignatoryResponse(signature.id(), signature.organisationId(), signatory.organisationName(),
                signatory.kind(),
                signatory.hasLogo() ? "/api/organisations/" + signature.organisationId() + "/logo" : null,
                signature.responsibleName(), signature.responsibleRole(), signature.signedOn(),
                signature.commitments().stream().map(c -> new CommitmentResponse(c.lineOfWork(),
                        pact.linesOfWork().stream().filter(line -> line.number() == c.lineOfWork())
                                .map(line -> line.title()).findFirst().orElse(null),
                        c.text())).toList());
    }
}
