package org.citybridge.knowledge.question;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.citybridge.knowledge.bridgegroup.BridgeGroupService;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.search.SearchText;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Membership;
import org.citybridge.platform.tenancy.TenantScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The question use cases. Questions are read through {@link QuestionScope}, which is the platform's
 * tenant scope widened by addressing; that is why they are read with the store's system reads, each
 * given that scope (never without it).
 */
@Service
public class QuestionService {

    /** What an inbox holds: a page of questions waiting for the officer's city, and how many invite them. */
    public record Inbox(Page<Question> waiting, long invitingYou) {
    }

    private final TenantStore<Question> questions;
    private final BridgeGroupService bridgeGroups;
    private final PracticeDrafts practiceDrafts;
    private final Membership membership;
    private final Clock clock;

    QuestionService(AggregateStores stores, BridgeGroupService bridgeGroups,
            PracticeDrafts practiceDrafts, Membership membership) {
        this.questions = stores.tenantOwned(Question.class);
        this.membership = membership;
        this.bridgeGroups = bridgeGroups;
        this.practiceDrafts = practiceDrafts;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param municipalities the cities addressed, for {@link Audience#MUNICIPALITIES}
     * @param bridgeGroupId  the group addressed, for {@link Audience#BRIDGE_GROUP}: one the asker's city belongs to
     */
    public Question ask(Caller caller, QuestionContent content, Audience audience, List<String> municipalities,
            String bridgeGroupId, List<String> invited) {
        List<String> addressed = switch (audience) {
            case NETWORK -> List.of();
            case MUNICIPALITIES -> municipalities == null ? List.of() : municipalities;
            case BRIDGE_GROUP -> bridgeGroups.memberCitiesFor(caller, bridgeGroupId);
        };
        // A question to a city that is not in the network would wait in nobody's inbox.
        addressed.stream().filter(city -> !membership.isMember(city)).findFirst().ifPresent(city -> {
            throw new InvalidValueException("municipalities", "'" + city + "' is not a member city of the network");
        });
        return questions.save(Question.ask(caller, content, audience, addressed, bridgeGroupId, invited,
                clock.instant()));
    }

    public Question get(Caller caller, String id) {
        return questions.findForSystem(id).filter(question -> question.isReadableBy(caller))
                .orElseThrow(() -> NotFoundException.of("Question", id));
    }

    /** Sorted as the pageable says; the web layer puts accepted questions first. */
    public Page<Question> search(Caller caller, QuestionFilter filter, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(QuestionScope.visibleTo(caller));
        String text = SearchText.normalise(filter.text());
        if (!text.isEmpty()) {
            criteria.add(Criteria.where("searchText").regex(SearchText.literalRegex(text)));
        }
        if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.theme() != null) {
            criteria.add(Criteria.where("themes").is(filter.theme()));
        }
        if (filter.municipality() != null) {
            criteria.add(Criteria.where(TenantScope.MUNICIPALITY).is(filter.municipality()));
        }
        return questions.findForSystem(new Criteria().andOperator(criteria), pageable);
    }

    public Inbox inbox(Caller caller, Pageable pageable) {
        Page<Question> waiting = questions.findForSystem(QuestionScope.inboxOf(caller), pageable);
        long inviting = caller.subject() == null ? 0
                : questions.findForSystem(QuestionScope.invitingIn(caller), Pageable.ofSize(1)).getTotalElements();
        return new Inbox(waiting, inviting);
    }

    public Answer answer(Caller caller, String questionId, String text) {
        Answer[] given = new Answer[1];
        change(caller, questionId, question -> given[0] = question.answer(caller, text, clock.instant()));
        return given[0];
    }

    public Question accept(Caller caller, String questionId, String answerId) {
        return change(caller, questionId, question -> question.accept(caller, answerId, clock.instant()));
    }

    public Question markHelpful(Caller caller, String questionId, String answerId) {
        return ConcurrentSaves.retried("question", () -> {
            Question question = get(caller, questionId);
            return question.markHelpful(caller, answerId) ? questions.save(question) : question;
        });
    }

    /** Drafts a practice of the asker's city from an accepted question; answers the practice's id. */
    public String turnIntoPractice(Caller caller, String questionId) {
        Question question = get(caller, questionId);
        String practiceId = practiceDrafts.draftFromQuestion(caller, question.practiceDraft(caller));
        change(caller, questionId, fresh -> fresh.turnedInto(practiceId));
        return practiceId;
    }

    private Question change(Caller caller, String id, Consumer<Question> change) {
        return ConcurrentSaves.retried("question", () -> {
            Question question = get(caller, id);
            change.accept(question);
            return questions.save(question);
        });
    }
}
