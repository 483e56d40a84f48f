package org.citybridge.organisations.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;

/**
 * An organisation's signature under a pact, with the person who is responsible for it. Part of the
 * {@link Pact} document, so that "one active signature per organisation" is checked and written in
 * the same place, under the pact's version.
 */
public class Signature {

    private String id;
    private String organisationId;
    /** The name when signed: the pact keeps saying who signed even if the organisation is renamed or removed. */
    private String organisationName;
    private String responsibleName;
    private String responsibleRole;
    private LocalDate signedOn;
    private List<Commitment> commitments;
    private SignatureStatus status;
    private LocalDate withdrawnOn;
    private Instant recordedAt;
    private String recordedBy;

    protected Signature() {
    }

    static Signature of(String id, String organisationId, String organisationName, String responsibleName,
            String responsibleRole, LocalDate signedOn, List<Commitment> commitments, Instant recordedAt,
            String recordedBy) {
        Signature signature = new Signature();
        signature.id = id;
        signature.organisationId = organisationId;
        signature.organisationName = organisationName;
        signature.responsibleName = responsibleName.trim();
        signature.responsibleRole = responsibleRole.trim();
        signature.signedOn = signedOn;
        signature.commitments = commitments == null ? List.of() : commitments.stream()
                .sorted((a, b) -> Integer.compare(a.lineOfWork(), b.lineOfWork())).toList();
        signature.status = SignatureStatus.ACTIVE;
        signature.recordedAt = recordedAt;
        signature.recordedBy = recordedBy;
        return signature;
    }

    void withdraw(LocalDate on) {
        if (!isActive()) {
            throw new ConflictException("Signature " + id + " was already withdrawn on " + withdrawnOn + ".");
        }
        if (on.isBefore(signedOn)) {
            throw new InvalidValueException("withdrawnOn", "must not be before the signature's date " + signedOn);
        }
        status = SignatureStatus.WITHDRAWN;
        withdrawnOn = on;
    }

    public boolean isActive() {
        return status == SignatureStatus.ACTIVE;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public String responsibleName() {
        return responsibleName;
    }

    public String responsibleRole() {
        return responsibleRole;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public SignatureStatus status() {
        return status;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
