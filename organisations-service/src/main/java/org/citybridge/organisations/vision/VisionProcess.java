package org.citybridge.organisations.vision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's process towards a shared vision on integration (seed 000: KleurRijk Almelo's first main
 * goal, "Gedeelde visie op integratie"): prepared with a discussion paper and questions, opened for
 * contributions, summed up per question, and adopted. An adopted vision never changes; revising it
 * starts a new version (a new process that names the one it revises), so that a pact endorsing
 * version 1 keeps endorsing what it endorsed.
 */
@Document("visions")
public class VisionProcess extends TenantAggregate {

    /** Domain events; messaging/VisionEvents publishes them. */
    public record ConsultationOpened(VisionProcess vision, Instant at) {
    }

    public record Adopted(VisionProcess vision) {
    }

    @Id
    private String id;
    private VisionContent content;
    @Indexed
    private VisionStatus status;
    private int edition;
    /**
     * The adopted vision this one revises, for a version after the first. Unique: two officers starting a
     * revision at the same moment get one next edition and a 409, not two.
     */
    @Indexed(unique = true, sparse = true)
    private String revises;
    /** An officer's synthesis of the contributions, per question number. */
    private Map<Integer, String> syntheses = new LinkedHashMap<>();
    private AdoptedVision adopted;
    private Instant createdAt;
    private Instant consultationOpenedAt;

    protected VisionProcess() {
    }

    private VisionProcess(String id, String municipality, Visibility visibility, VisionContent content, int edition,
            String revises, Instant now) {
        super(municipality, visibility);
        this.id = Objects.requireNonNull(id);
        this.content = Objects.requireNonNull(content);
        this.status = VisionStatus.PREPARING;
        this.edition = edition;
        this.revises = revises;
        this.createdAt = now;
    }

    public static VisionProcess prepare(String municipality, VisionContent content, Visibility visibility, Instant now) {
        return prepare(UUID.randomUUID().toString(), municipality, content, visibility, now);
    }

    /** With a known id, so that loading the same demo vision twice finds the first one. */
    public static VisionProcess prepare(String id, String municipality, VisionContent content, Visibility visibility,
            Instant now) {
        return new VisionProcess(id, municipality, visibility, content, 1, null, now);
    }

    /** A new version of an adopted vision: its content to start from, its objectives to be adopted anew. */
    public VisionProcess revision(Instant now) {
        return revision(UUID.randomUUID().toString(), now);
    }

    /** With a known id, so that loading the same demo revision twice finds the first one. */
    public VisionProcess revision(String revisionId, Instant now) {
        if (status != VisionStatus.ADOPTED) {
            throw new ConflictException("Vision " + id + " is not adopted; change it instead of revising it.");
        }
        return new VisionProcess(revisionId, municipality(), visibility(), content, edition + 1, id, now);
    }

    public void revise(VisionContent revised, Visibility newVisibility) {
        requireNotAdopted("changed");
        for (Integer answered : syntheses.keySet()) {
            if (revised.question(answered).isEmpty()) {
                throw new InvalidValueException("questions", "question " + answered
                        + " has a synthesis; it cannot be removed");
            }
        }
        content = Objects.requireNonNull(revised);
        if (newVisibility != null) {
            changeVisibility(newVisibility);
        }
    }

    /** From now on contributions come in, from officers and, for a public process, through the public form. */
    public void openConsultation(Instant now) {
        if (status != VisionStatus.PREPARING) {
            throw new ConflictException("Vision " + id + " is " + status + "; only a process in preparation opens.");
        }
        if (content.questions().isEmpty()) {
            throw new InvalidValueException("questions", "a consultation needs at least one question");
        }
        status = VisionStatus.CONSULTING;
        consultationOpenedAt = now;
        record(new ConsultationOpened(this, now));
    }

    public void writeSynthesis(int questionNumber, String text) {
        requireNotAdopted("summed up again");
        if (content.question(questionNumber).isEmpty()) {
            throw new InvalidValueException("question", "is not a question of this vision: " + questionNumber);
        }
        if (text == null || text.isBlank()) {
            syntheses.remove(questionNumber);
        } else {
            syntheses.put(questionNumber, text.strip());
        }
    }

    /** Only after a consultation: a vision nobody was asked about is not a shared one. */
    public void adopt(AdoptedVision vision) {
        requireNotAdopted("adopted again");
        if (status != VisionStatus.CONSULTING) {
            throw new ConflictException("Vision " + id + " was never opened for consultation; open it first.");
        }
        adopted = Objects.requireNonNull(vision);
        status = VisionStatus.ADOPTED;
        record(new Adopted(this));
    }

    /** Contributions are taken while preparing (officers collect the ingredients) and consulting. */
    public boolean takesContributions() {
        return status != VisionStatus.ADOPTED;
    }

    /** Open to the public form: a PUBLIC process while its consultation runs. */
    public boolean openToThePublic() {
        return status == VisionStatus.CONSULTING && visibility() == Visibility.PUBLIC;
    }

    private void requireNotAdopted(String what) {
        if (status == VisionStatus.ADOPTED) {
            throw new ConflictException("Vision " + id + " is adopted and cannot be " + what
                    + "; revise it as a new version.");
        }
    }

    public boolean isAdopted() {
        return status == VisionStatus.ADOPTED;
    }

    @Override
    public String id() {
        return id;
    }

    public VisionContent content() {
        return content;
    }

    public String title() {
        return content.title();
    }

    public VisionStatus status() {
        return status;
    }

    public int edition() {
        return edition;
    }

    public String revises() {
        return revises;
    }

    public Map<Integer, String> syntheses() {
        return Map.copyOf(syntheses);
    }

    public AdoptedVision adopted() {
        return adopted;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant consultationOpenedAt() {
        return consultationOpenedAt;
    }

    public LocalDate adoptedOn() {
        return adopted == null ? null : adopted.adoptedOn();
    }
}
