package org.citybridge.organisations.pact.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.pact.Signature;
import org.citybridge.organisations.pact.SignatureStatus;

/** A signature as the owning city's officers see it, withdrawn or not. */
record SignatureResponse(String id, String pactId, String organisationId, String organisationName,
        String responsibleName, String responsibleRole, LocalDate date, List<CommitmentResponse> commitments,
        SignatureStatus status, LocalDate withdrawnOn, Instant recordedAt) {

    record CommitmentResponse(int lineOfWork, String text) {
    }

    static SignatureResponse of(String pactId, Signature signature) {
        return new SignatureResponse(signature.id(), pactId, signature.organisationId(),
                signature.organisationName(), signature.responsibleName(), signature.responsibleRole(),
                signature.signedOn(), signature.commitments().stream()
                        .map(c -> new CommitmentResponse(c.lineOfWork(), c.text())).toList(),
                signature.status(), signature.withdrawnOn(), signature.recordedAt());
    }
}
