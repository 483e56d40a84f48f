package org.citybridge.organisations.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's integration pact (seed 003: "Integratiepact KleurRijk Almelo 2011-2014"). Its officers
 * write it as a draft, publish it, and then record the organisations that sign it. The signatures
 * live in this document: the rule "one active signature per organisation" is checked here and
 * written under the pact's version, so two concurrent signings cannot both pass it.
 * <p>
 * A draft is PRIVATE, its city's own; publishing makes it PUBLIC, because its signatories and its
 * printable form are public pages.
 */
@Document("pacts")
public class Pact extends TenantAggregate {

    /** Domain events; messaging/PactEvents publishes them. */
    public record Published(String pactId, String municipality, PactContent content, String visionId,
            Instant publishedAt) {
    }

    public record Signed(String pactId, String signatureId, String organisationId, String organisationName,
            LocalDate signedOn, List<Commitment> commitments) {
    }

    public record SignatureWithdrawn(String pactId, String signatureId, String organisationId, LocalDate withdrawnOn) {
    }

    @Id
    private String id;
    private PactContent content;
    /** The adopted vision the pact endorses (a link to it, not its text copied), if it names one. */
    private String visionId;
    @Indexed
    private PactStatus status;
    private Instant createdAt;
    private Instant publishedAt;
    private List<Signature> signatures = new ArrayList<>();

    protected Pact() {
    }

    private Pact(String id, String municipality) {
        super(municipality, Visibility.PRIVATE);
        this.id = id;
    }

    public static Pact draft(String municipality, PactContent content) {
        return draft(UUID.randomUUID().toString(), municipality, content);
    }

    /** With a known id, so that loading the same demo pact twice finds the first one. */
    public static Pact draft(String id, String municipality, PactContent content) {
        Pact pact = new Pact(id, municipality);
        pact.content = content;
        pact.status = PactStatus.DRAFT;
        pact.createdAt = Instant.now();
        return pact;
    }

    public void revise(PactContent revised) {
        requireDraft("edited");
        content = revised;
    }

    /** Names the adopted vision the pact endorses (checked by the service: the city's own, adopted); null for none. */
    public void endorse(String adoptedVisionId) {
        requireDraft("edited");
        visionId = adoptedVisionId;
    }

    public String visionId() {
        return visionId;
    }

    public void publish(Instant now) {
        requireDraft("published again");
        status = PactStatus.PUBLISHED;
        publishedAt = now;
        changeVisibility(Visibility.PUBLIC);
        record(new Published(id, municipality(), content, visionId, publishedAt));
    }

    public Signature sign(String signatureId, Signing signing, Instant now, String recordedBy) {
        if (status != PactStatus.PUBLISHED) {
            throw new ConflictException("Pact " + id + " is a draft; only a published pact can be signed.");
        }
        if (activeSignatureOf(signing.organisationId()).isPresent()) {
            throw new ConflictException("Organisation " + signing.organisationId()
                    + " has already signed this pact; withdraw that signature before signing again.");
        }
        Set<Integer> committed = new HashSet<>();
        for (int i = 0; i < signing.commitments().size(); i++) {
            int line = signing.commitments().get(i).lineOfWork();
            if (!content.hasLineOfWork(line)) {
                throw new CommitmentRejectedException(i,
                        "is not a line of work of this pact (it has " + lineNumbers() + ")");
            }
            if (!committed.add(line)) {
                throw new CommitmentRejectedException(i, "repeats line " + line + "; put one commitment per line of work");
            }
        }
        Signature signature = Signature.of(signatureId, signing.organisationId(), signing.organisationName(),
                signing.responsibleName(), signing.responsibleRole(), signing.signedOn(), signing.commitments(), now,
                recordedBy);
        signatures.add(signature);
        record(new Signed(id, signature.id(), signature.organisationId(), signature.organisationName(),
                signature.signedOn(), signature.commitments()));
        return signature;
    }

    /** After a withdrawal the organisation may sign again; the withdrawn signature stays on record. */
    public Signature withdraw(SignatureId signatureId, LocalDate on) {
        Signature signature = signature(signatureId)
                .orElseThrow(() -> NotFoundException.of("Signature", signatureId));
        signature.withdraw(on);
        record(new SignatureWithdrawn(id, signature.id(), signature.organisationId(), signature.withdrawnOn()));
        return signature;
    }

    private void requireDraft(String action) {
        if (status != PactStatus.DRAFT) {
            throw new ConflictException("Pact " + id + " is published and can no longer be " + action + ".");
        }
    }

    private List<Integer> lineNumbers() {
        return content.linesOfWork().stream().map(LineOfWork::number).toList();
    }

    public boolean isPublished() {
        return status == PactStatus.PUBLISHED;
    }

    public Optional<Signature> signature(SignatureId signatureId) {
        return signatures.stream().filter(signature -> signature.id().equals(signatureId.value())).findFirst();
    }

    public Optional<Signature> activeSignatureOf(String organisationId) {
        return signatures.stream()
                .filter(signature -> signature.isActive() && signature.organisationId().equals(organisationId))
                .findFirst();
    }

    /** Active signatures, oldest first, as they appear on the public page and in the PDF. */
    public List<Signature> activeSignatures() {
        return signatures.stream().filter(Signature::isActive).toList();
    }

    /** All signatures ever recorded, withdrawn ones included, oldest first. */
    public List<Signature> signatures() {
        return Collections.unmodifiableList(signatures);
    }

    @Override
    public String id() {
        return id;
    }

    public PactContent content() {
        return content;
    }

    public PactStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
