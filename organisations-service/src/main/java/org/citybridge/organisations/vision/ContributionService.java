package org.citybridge.organisations.vision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The consultation's contributions: officers of the vision's city enter, read, moderate, count and
 * export them; anyone sends one on the public form of a public consultation, and reads the approved
 * ones on its public page. Another city finds none of it (404).
 */
@Service
public class ContributionService {

    /** Overviews and exports read a whole consultation, page by page, so that no single read is unbounded. */
    private static final int BATCH = 500;
    private static final Sort OLDEST_FIRST = Sort.by("receivedAt", "id");

    private final TenantStore<Contribution> contributions;
    private final TenantStore<DistrictConversation> conversations;
    private final ConsultedVisions visions;
    private final Clock clock = Clock.systemUTC();

    ContributionService(AggregateStores stores, ConsultedVisions visions) {
        this.contributions = stores.tenantOwned(Contribution.class);
        this.conversations = stores.tenantOwned(DistrictConversation.class);
        this.visions = visions;
    }

    /** What came in at a meeting or by letter; approved at once, since an officer entered it. */
    public Contribution enter(Caller caller, String visionId, Submission submission, String conversationId) {
        VisionProcess vision = visions.owned(caller, visionId);
        DistrictConversation conversation = conversationId == null ? null
                : conversations.findOwned(caller, conversationId).filter(found -> found.visionId().equals(visionId))
                        .orElseThrow(() -> new InvalidValueException("conversationId",
                                "is not a conversation of this vision"));
        return contributions.save(Contribution.enteredByOfficer(vision, submission, conversation, caller.subject(),
                clock.instant()));
    }

    /** From the public form: held for moderation; the sender learns nothing but that it arrived. */
    public Contribution receiveFromThePublic(String visionId, Submission submission) {
        VisionProcess vision = visions.publicForm(visionId);
        return contributions.save(Contribution.sentOnPublicForm(vision, submission, clock.instant()));
    }

    public Contribution get(Caller caller, String visionId, String contributionId) {
        visions.owned(caller, visionId);
        return contributions.findOwned(caller, contributionId).filter(found -> found.visionId().equals(visionId))
                .orElseThrow(() -> NotFoundException.of("Contribution", contributionId));
    }

    /** Newest first. */
    public Page<Contribution> list(Caller caller, String visionId, ContributionFilter filter, Pageable pageable) {
        visions.owned(caller, visionId);
        return contributions.findOwned(caller, filter.criteria(visionId), pageable);
    }

    /** The public form's contributions waiting for an officer, oldest first, so that none waits for ever. */
    public Page<Contribution> moderationQueue(Caller caller, String visionId, int page, int size) {
        return list(caller, visionId, ContributionFilter.only(Moderation.PENDING),
                PageRequest.of(page, size, OLDEST_FIRST));
    }

    /** A concurrent moderation of the same contribution fails on its version (409): the officer reloads. */
    public Contribution approve(Caller caller, String visionId, String contributionId) {
        Contribution contribution = get(caller, visionId, contributionId);
        contribution.approve(caller.subject(), clock.instant());
        return contributions.save(contribution);
    }

    public Contribution reject(Caller caller, String visionId, String contributionId) {
        Contribution contribution = get(caller, visionId, contributionId);
        contribution.reject(caller.subject(), clock.instant());
        return contributions.save(contribution);
    }

    public ConsultationOverview overview(Caller caller, String visionId) {
        VisionProcess vision = visions.owned(caller, visionId);
        List<Contribution> approved = all(caller, ContributionFilter.only(Moderation.APPROVED).criteria(visionId));
        long pending = contributions.findOwned(caller, ContributionFilter.only(Moderation.PENDING).criteria(visionId),
                PageRequest.of(0, 1)).getTotalElements();
        return ConsultationOverview.of(vision.content(), approved, pending);
    }

    /** Approved and pending ones, oldest first; the rejected stay out of the city's spreadsheets. */
    public Export export(Caller caller, String visionId) {
        VisionProcess vision = visions.owned(caller, visionId);
        return new Export(vision, all(caller, Criteria.where("visionId").is(visionId)
                .and("moderation").in(Moderation.APPROVED, Moderation.PENDING)));
    }

    public record Export(VisionProcess vision, List<Contribution> contributions) {
    }

    /** The contributions a district conversation produced, oldest first. */
    List<Contribution> ofConversation(Caller caller, DistrictConversation conversation) {
        return all(caller, new ContributionFilter(null, null, null, null, null, conversation.id())
                .criteria(conversation.visionId()));
    }

    /**
     * The public page: the vision as the public sees it, with its approved contributions, oldest first.
     * Their right to be shown comes from the vision being public, an officer's approval and the sender's
     * consent to publication (an officer may enter what was said in a meeting without asking: that
     * counts in the overview, but is not published), so they are read without a caller.
     */
    public PublicConsultation publicPage(String visionId, int page, int size) {
        VisionProcess vision = visions.publicPage(visionId);
        return new PublicConsultation(vision, contributions.findForSystem(
                ContributionFilter.only(Moderation.APPROVED).criteria(vision.id()).and("consent").is(true),
                PageRequest.of(page, size, OLDEST_FIRST)));
    }

    public record PublicConsultation(VisionProcess vision, Page<Contribution> approved) {
    }

    private List<Contribution> all(Caller caller, Criteria criteria) {
        List<Contribution> found = new ArrayList<>();
        Page<Contribution> page;
        int number = 0;
        do {
            page = contributions.findOwned(caller, criteria, PageRequest.of(number++, BATCH, OLDEST_FIRST));
            found.addAll(page.getContent());
        } while (page.hasNext());
        return found;
    }
}
