package org.citybridge.organisations.vision;

import java.time.Clock;
import java.util.List;

import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** The district conversations of a consultation: the vision's city's officers record and read them. */
@Service
public class ConversationService {

    private final TenantStore<DistrictConversation> conversations;
    private final ConsultedVisions visions;
    private final ContributionService contributions;
    private final Clock clock = Clock.systemUTC();

    ConversationService(AggregateStores stores, ConsultedVisions visions, ContributionService contributions) {
        this.conversations = stores.tenantOwned(DistrictConversation.class);
        this.visions = visions;
        this.contributions = contributions;
    }

    public DistrictConversation recordMeeting(Caller caller, String visionId, Meeting meeting) {
        VisionProcess vision = visions.owned(caller, visionId);
        return conversations.save(DistrictConversation.held(vision, meeting, caller.subject(), clock.instant()));
    }

    public Page<DistrictConversation> list(Caller caller, String visionId, Pageable pageable) {
        visions.owned(caller, visionId);
        return conversations.findOwned(caller, Criteria.where("visionId").is(visionId), pageable);
    }

    public ConversationWithContributions get(Caller caller, String visionId, String conversationId) {
        visions.owned(caller, visionId);
        DistrictConversation conversation = conversations.findOwned(caller, conversationId)
                .filter(found -> found.visionId().equals(visionId))
                .orElseThrow(() -> NotFoundException.of("Conversation", conversationId));
        return new ConversationWithContributions(conversation, contributions.ofConversation(caller, conversation));
    }

    /** A conversation with the contributions it produced. */
    public record ConversationWithContributions(DistrictConversation conversation, List<Contribution> contributions) {
    }
}
