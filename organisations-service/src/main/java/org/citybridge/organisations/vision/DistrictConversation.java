package org.citybridge.organisations.vision;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting in a district for a vision's consultation (seed 000's "wijkgesprekken"): when and where, who
 * came by group, the notes. The contributions it produced point at it ({@link Contribution#conversationId()}),
 * so that they are counted with all the others. The city's own, like the contributions.
 */
@Document("vision_conversations")
public class DistrictConversation extends TenantAggregate {

    @Id
    private String id;
    @Indexed
    private String visionId;
    private Meeting meeting;
    private String recordedBy;
    private Instant recordedAt;

    protected DistrictConversation() {
    }

    private DistrictConversation(VisionProcess vision, Meeting meeting, String officer, Instant now) {
        super(vision.municipality(), Visibility.PRIVATE);
        this.id = UUID.randomUUID().toString();
        this.visionId = vision.id();
        this.meeting = Objects.requireNonNull(meeting);
        this.recordedBy = Objects.requireNonNull(officer);
        this.recordedAt = Objects.requireNonNull(now);
    }

    /** Conversations feed the consultation, so an adopted vision has none any more. */
    public static DistrictConversation held(VisionProcess vision, Meeting meeting, String officer, Instant now) {
        if (!vision.takesContributions()) {
            throw new ConflictException("Vision " + vision.id() + " is adopted; its consultation is over.");
        }
        return new DistrictConversation(vision, meeting, officer, now);
    }

    @Override
    public String id() {
        return id;
    }

    public String visionId() {
        return visionId;
    }

    public Meeting meeting() {
        return meeting;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
