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

import org.citybridge.organisations.messaging.PactEvents;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.outbox.OutboxAggregate;
import org.citybridge.platform.outbox.OutboxEvent;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.ConflictException;
import org.citybridge.platform.web.InvalidFieldException;
import org.citybridge.platform.web.NotFoundException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's integration pact (seed 003: "Integratiepact KleurRijk Almelo 2011-2014"). Its officers
 * write it as a draft, publish it, and then record the organisations that sign it. The signatures
 * live in this document: the rule "one active signature per organisation" is checked here and
 * written under the pact's {@link Version}, so two concurrent signings cannot both pass it.
 */
@Document("pacts")
public class Pact extends OutboxAggregate {

    @Id
    private String id;
    @Indexed
    private String municipality;
    private PactContent content;
    @Indexed
    private PactStatus status;
    private Instant createdAt;
    private Instant publishedAt;
    private List<Signature> signatures = new ArrayList<>();
    @Version
    private Long version;
    /** Events recorded since this instance was loaded; {@link Pacts} appends only these to the stored outbox. */
    @Transient
    private int recordedSinceLoad;

    protected Pact() {
    }

    public static Pact draft(String municipality, PactContent content) {
        return draft(UUID.randomUUID().toString(), municipality, content);
    }

    /** With a known id, so that loading the same demo pact twice finds the first one. */
    public static Pact draft(String id, String municipality, PactContent content) {
        Pact pact = new Pact();
        pact.id = id;
        pact.municipality = municipality;
        pact.content = content;
        pact.status = PactStatus.DRAFT;
        pact.createdAt = Instant.now();
        return pact;
    }

    public void revise(PactContent revised) {
        requireDraft("edited");
        content = revised;
    }

    public void publish(Instant now) {
        requireDraft("published again");
        status = PactStatus.PUBLISHED;
        publishedAt = now;
        emit(PactEvents.PUBLISHED, PactEvents.published(this));
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
                throw new InvalidFieldException("commitments[" + i + "].lineOfWork",
                        "is not a line of work of this pact (it has " + lineNumbers() + ")");
            }
            if (!committed.add(line)) {
                throw new InvalidFieldException("commitments[" + i + "].lineOfWork",
                        "repeats line " + line + "; put one commitment per line of work");
            }
        }
        Signature signature = Signature.of(signatureId, signing.organisationId(), signing.organisationName(),
                signing.responsibleName(), signing.responsibleRole(), signing.signedOn(), signing.commitments(), now,
                recordedBy);
        signatures.add(signature);
        emit(PactEvents.SIGNED, PactEvents.signed(this, signature));
        return signature;
    }

    /** After a withdrawal the organisation may sign again; the withdrawn signature stays on record. */
    public Signature withdraw(String signatureId, LocalDate on) {
        Signature signature = signature(signatureId)
                .orElseThrow(() -> NotFoundException.of("Signature", signatureId));
        signature.withdraw(on);
        emit(PactEvents.SIGNATURE_WITHDRAWN, PactEvents.signatureWithdrawn(this, signature));
        return signature;
    }

    private void emit(EventType type, Object payload) {
        record(type, municipality, id, payload);
        recordedSinceLoad++;
    }

    private void requireDraft(String action) {
        if (status != PactStatus.DRAFT) {
            throw new ConflictException("Pact " + id + " is published and can no longer be " + action + ".");
        }
    }

    private List<Integer> lineNumbers() {
        return content.linesOfWork().stream().map(LineOfWork::number).toList();
    }

    /** Published pacts are the network's to read; a draft only its own city's. */
    public boolean isVisibleTo(Caller caller) {
        return isPublished() || isOwnedBy(caller);
    }

    public boolean isOwnedBy(Caller caller) {
        return caller.belongsTo(municipality);
    }

    public boolean isPublished() {
        return status == PactStatus.PUBLISHED;
    }

    public Optional<Signature> signature(String signatureId) {
        return signatures.stream().filter(signature -> signature.id().equals(signatureId)).findFirst();
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

    List<OutboxEvent> eventsRecordedSinceLoad() {
        List<OutboxEvent> pending = pendingEvents();
        return pending.subList(pending.size() - recordedSinceLoad, pending.size());
    }

    public String id() {
        return id;
    }

    public String municipality() {
        return municipality;
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

    public Long version() {
        return version;
    }
}
