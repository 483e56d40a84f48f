package org.citybridge.organisations.vision;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One answer to a vision's consultation: from a meeting, entered by an officer, or from the public
 * form. It is the city's own (PRIVATE): only its officers read contributions; the public page shows
 * the approved ones through the vision, without the sender's name unless the sender agreed.
 */
@Document("vision_contributions")
@CompoundIndex(name = "vision_moderation", def = "{'visionId': 1, 'moderation': 1, 'receivedAt': -1}")
public class Contribution extends TenantAggregate {

    @Id
    private String id;
    private String visionId;
    private SourceGroup group;
    private String district;
    private String community;
    /** The question it answers, or null for a free contribution. */
    private Integer question;
    private String text;
    private String authorName;
    private boolean showName;
    private boolean consent;
    private ContributionChannel channel;
    private Moderation moderation;
    /** The district conversation it came from, if any. */
    private String conversationId;
    /** The officer who entered it; null for the public form, which has no account. */
    private String enteredBy;
    private Instant receivedAt;
    private String moderatedBy;
    private Instant moderatedAt;

    protected Contribution() {
    }

    private Contribution(VisionProcess vision, Submission submission, ContributionChannel channel,
            Moderation moderation, String conversationId, String enteredBy, Instant now) {
        super(vision.municipality(), Visibility.PRIVATE);
        if (!vision.takesContributions()) {
            throw new ConflictException("Vision " + vision.id() + " is adopted; it takes no more contributions.");
        }
        if (submission.question() != null && vision.content().question(submission.question()).isEmpty()) {
            throw new InvalidValueException("question", "is not a question of this vision: " + submission.question());
        }
        this.id = UUID.randomUUID().toString();
        this.visionId = vision.id();
        this.group = submission.group();
        this.district = submission.district();
        this.community = submission.community();
        this.question = submission.question();
        this.text = submission.text();
        this.authorName = submission.authorName();
        this.showName = submission.showName();
        this.consent = submission.consent();
        this.channel = channel;
        this.moderation = moderation;
        this.conversationId = conversationId;
        this.enteredBy = enteredBy;
        this.receivedAt = Objects.requireNonNull(now);
    }

    /** An officer vouches for what came in, so it counts at once. */
    public static Contribution enteredByOfficer(VisionProcess vision, Submission submission,
            DistrictConversation conversation, String officer, Instant now) {
        if (conversation != null && !conversation.visionId().equals(vision.id())) {
            throw new InvalidValueException("conversationId", "is not a conversation of this vision");
        }
        return new Contribution(vision, submission, ContributionChannel.OFFICER, Moderation.APPROVED,
                conversation == null ? null : conversation.id(), Objects.requireNonNull(officer), now);
    }

    /** Anyone may send one while the public consultation runs; nobody else sees it before an officer approves. */
    public static Contribution sentOnPublicForm(VisionProcess vision, Submission submission, Instant now) {
        if (!submission.consent()) {
            throw new InvalidValueException("consent", "must be true: the city keeps and, once approved, "
                    + "publishes the contribution");
        }
        if (!submission.group().answersOnThePublicForm()) {
            throw new InvalidValueException("group", "departments and the council contribute through the city's "
                    + "officers, not the public form");
        }
        return new Contribution(vision, submission, ContributionChannel.PUBLIC_FORM, Moderation.PENDING, null, null,
                now);
    }

    /**
     * Moderation stays possible after adoption and may be reversed: an officer who approved something
     * that turns out to be offensive must be able to take it off the public page.
     */
    public void approve(String officer, Instant now) {
        moderate(Moderation.APPROVED, officer, now);
    }

    public void reject(String officer, Instant now) {
        moderate(Moderation.REJECTED, officer, now);
    }

    private void moderate(Moderation decision, String officer, Instant now) {
        moderation = decision;
        moderatedBy = Objects.requireNonNull(officer);
        moderatedAt = now;
    }

    /** The name as the public page may show it: only where the sender agreed. */
    public String publicAuthorName() {
        return showName ? authorName : null;
    }

    @Override
    public String id() {
        return id;
    }

    public String visionId() {
        return visionId;
    }

    public SourceGroup group() {
        return group;
    }

    public String district() {
        return district;
    }

    public String community() {
        return community;
    }

    public Integer question() {
        return question;
    }

    public String text() {
        return text;
    }

    public String authorName() {
        return authorName;
    }

    public boolean showName() {
        return showName;
    }

    public boolean consent() {
        return consent;
    }

    public ContributionChannel channel() {
        return channel;
    }

    public Moderation moderation() {
        return moderation;
    }

    public String conversationId() {
        return conversationId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant moderatedAt() {
        return moderatedAt;
    }
}
