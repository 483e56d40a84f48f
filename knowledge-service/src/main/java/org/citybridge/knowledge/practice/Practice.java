package org.citybridge.knowledge.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
 * A practice a city shares with the network: what it tried, for whom, what worked and what did not,
 * with what result. Written as a draft by the city's officers (or drafted from a completed action),
 * published when ready; only a published practice is seen beyond its city, and then as its visibility
 * and the bridge groups it is shared with say. Each save keeps the version before it as a revision.
 */
@Document("practices")
public class Practice extends TenantAggregate {

    /** Older revisions than this many are dropped: the document must stay well below MongoDB's 16 MB. */
    static final int KEPT_REVISIONS = 50;
    public static final int MAX_ATTACHMENTS = 20;

    /** The new draft, with everything it was written with. */
    public record Drafted(Practice practice) {
    }

    /** Its content, visibility or sharing changed. */
    public record Revised(Practice practice) {
    }

    public record Published(Practice practice) {
    }

    /** Back to a draft: no longer seen beyond its city. */
    public record Withdrawn(Practice practice) {
    }

    @Id
    private String id;
    private PracticeContent content;
    private PracticeStatus status;
    private Set<String> sharedWithGroups = new LinkedHashSet<>();
    /** The completed action it was drafted from: at most one draft per action, replays or not. */
    @Indexed(unique = true, sparse = true)
    private String sourceActionId;
    private int revision;
    private List<Revision> revisions = new ArrayList<>();
    private List<AttachmentReference> attachments = new ArrayList<>();
    private String writtenBy;
    private Instant writtenAt;
    private String changedBy;
    private Instant changedAt;
    private Instant publishedAt;

    protected Practice() {
    }

    private Practice(String id, String municipality, Visibility visibility, PracticeContent content,
            Set<String> sharedWithGroups, String by, String sourceActionId) {
        super(municipality, visibility);
        this.id = id;
        this.content = Objects.requireNonNull(content, "content");
        this.status = PracticeStatus.DRAFT;
        this.sharedWithGroups = groups(sharedWithGroups);
        this.sourceActionId = sourceActionId;
        this.revision = 1;
        this.writtenBy = by;
        this.writtenAt = Instant.now();
        this.changedBy = by;
        this.changedAt = writtenAt;
        record(new Drafted(this));
    }

    /** A new draft of the officer's city. */
    public static Practice draft(String municipality, PracticeContent content, Visibility visibility,
            Set<String> sharedWithGroups, String by) {
        return new Practice(UUID.randomUUID().toString(), municipality, visibility, content, sharedWithGroups, by, null);
    }

    /** A draft prefilled from a completed action of the city, as private as the action. */
    public static Practice draftFromAction(String municipality, String actionId, PracticeContent content,
            Visibility visibility) {
        return new Practice("from-action-" + actionId, municipality, visibility, content, Set.of(), "actions-service",
                actionId);
    }

    /** Demo data keeps fixed ids, so that loading it twice adds nothing. */
    public static Practice draftWithId(String id, String municipality, PracticeContent content, Visibility visibility,
            Set<String> sharedWithGroups, String by) {
        return new Practice(id, municipality, visibility, content, sharedWithGroups, by, null);
    }

    /** Replaces the content, visibility and sharing; the version before becomes a revision. */
    public void revise(PracticeContent newContent, Visibility newVisibility, Set<String> newGroups, String by) {
        keepRevision();
        content = Objects.requireNonNull(newContent, "content");
        changeVisibility(newVisibility == null ? visibility() : newVisibility);
        sharedWithGroups = newGroups == null ? sharedWithGroups : groups(newGroups);
        changed(by);
        record(new Revised(this));
    }

    public void publish(String by) {
        if (status == PracticeStatus.PUBLISHED) {
            throw new ConflictException("Practice " + id + " is already published");
        }
        keepRevision();
        status = PracticeStatus.PUBLISHED;
        publishedAt = Instant.now();
        changed(by);
        record(new Published(this));
    }

    public void withdraw(String by) {
        if (status != PracticeStatus.PUBLISHED) {
            throw new ConflictException("Practice " + id + " is not published");
        }
        keepRevision();
        status = PracticeStatus.DRAFT;
        changed(by);
        record(new Withdrawn(this));
    }

    /**
     * Shares it with one more bridge group; false when it is shared with that group already (sharing
     * twice changes nothing, so the route may be called again).
     */
    public boolean shareWith(String groupId, String by) {
        if (sharedWithGroups.contains(groupId)) {
            return false;
        }
        keepRevision();
        sharedWithGroups.add(groupId);
        changed(by);
        record(new Revised(this));
        return true;
    }

    /** No longer shared with the group; false when it was not. */
    public boolean unshareWith(String groupId, String by) {
        if (!sharedWithGroups.contains(groupId)) {
            return false;
        }
        keepRevision();
        sharedWithGroups.remove(groupId);
        changed(by);
        record(new Revised(this));
        return true;
    }

    public void attach(AttachmentReference attachment) {
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new ConflictException("A practice has at most " + MAX_ATTACHMENTS + " attachments");
        }
        attachments.add(attachment);
    }

    public AttachmentReference detach(String attachmentId) {
        AttachmentReference found = attachment(attachmentId);
        attachments.remove(found);
        return found;
    }

    public AttachmentReference attachment(String attachmentId) {
        return attachments.stream().filter(attachment -> attachment.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("Attachment", attachmentId));
    }

    /**
     * Whether the caller's city may read it: its own city always; others once it is published, as its
     * visibility says or through a bridge group it is shared with that the city belongs to.
     */
    public boolean visibleTo(String callerMunicipality, boolean anonymous, Set<String> callerGroups) {
        if (callerMunicipality != null && callerMunicipality.equals(municipality())) {
            return true;
        }
        if (status != PracticeStatus.PUBLISHED) {
            return false;
        }
        if (visibility() == Visibility.PUBLIC) {
            return true;
        }
        if (anonymous) {
            return false;
        }
        return visibility() == Visibility.NETWORK || sharedWithGroups.stream().anyMatch(callerGroups::contains);
    }

    private void keepRevision() {
        revisions.add(new Revision(revision, content, visibility(), Set.copyOf(sharedWithGroups), status, changedBy,
                changedAt));
        if (revisions.size() > KEPT_REVISIONS) {
            revisions.remove(0);
        }
        revision++;
    }

    private void changed(String by) {
        changedBy = by;
        changedAt = Instant.now();
    }

    private static Set<String> groups(Set<String> groups) {
        return groups == null ? new LinkedHashSet<>() : new LinkedHashSet<>(groups);
    }

    @Override
    public String id() {
        return id;
    }

    public PracticeContent content() {
        return content;
    }

    public PracticeStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == PracticeStatus.PUBLISHED;
    }

    public Set<String> sharedWithGroups() {
        return Collections.unmodifiableSet(sharedWithGroups);
    }

    public String sourceActionId() {
        return sourceActionId;
    }

    /** The current version's number: 1 for a new practice, one more after each save. */
    public int revision() {
        return revision;
    }

    /** Earlier versions, oldest first. */
    public List<Revision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    public List<AttachmentReference> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
