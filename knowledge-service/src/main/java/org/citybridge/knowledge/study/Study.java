package org.citybridge.knowledge.study;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A commissioned analysis (KleurRijk Almelo's scientific grounding: the University of Twente's internal
 * and Variya's external analysis of the change in mentality). It belongs to the commissioning city and
 * is shared as its visibility says; handbook chapters quote it.
 */
@Document("studies")
public class Study extends TenantAggregate {

    @Id
    private String id;
    private StudyContent content;
    private Instant recordedAt;
    private Instant changedAt;

    protected Study() {
    }

    private Study(String id, String municipality, Visibility visibility) {
        super(municipality, visibility);
        this.id = id;
    }

    public static Study record(String id, String municipality, StudyContent content, Visibility visibility,
            Instant now) {
        Study study = new Study(id == null ? UUID.randomUUID().toString() : id, municipality, visibility);
        study.content = checked(content);
        study.recordedAt = now;
        study.changedAt = now;
        return study;
    }

    /** Replaces what the city says about it; the uploaded document stays (only an upload replaces it). */
    public void revise(StudyContent newContent, Visibility newVisibility, Instant now) {
        content = checked(newContent.withDocument(content.documentAttachmentId()));
        changeVisibility(Objects.requireNonNull(newVisibility));
        changedAt = now;
    }

    /** The uploaded report, replacing any earlier one; answers the earlier one's id (null for none). */
    public String replaceDocument(String attachmentId, Instant now) {
        String previous = content.documentAttachmentId();
        content = content.withDocument(attachmentId);
        changedAt = now;
        return previous;
    }

    private static StudyContent checked(StudyContent content) {
        if (content.periodStart() != null && content.periodEnd() != null
                && content.periodEnd().isBefore(content.periodStart())) {
            throw new InvalidValueException("periodEnd", "must not be before periodStart");
        }
        return content;
    }

    @Override
    public String id() {
        return id;
    }

    public StudyContent content() {
        return content;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
