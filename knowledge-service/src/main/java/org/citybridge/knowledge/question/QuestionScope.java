package org.citybridge.knowledge.question;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantScope;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * THE filter of questions: the platform's {@link TenantScope} (own city's, and network-wide ones),
 * widened by addressing, which the platform's visibility cannot express: the cities a question is
 * addressed to and the officers invited to answer it read it too. Every read of questions goes through
 * here; the in-memory twin is {@link Question#isReadableBy(Caller)}.
 */
final class QuestionScope {

    private QuestionScope() {
    }

    static Criteria visibleTo(Caller caller) {
        List<Criteria> readable = new ArrayList<>();
        readable.add(TenantScope.visibleTo(caller));
        if (caller.municipality() != null) {
            readable.add(Criteria.where("addressedTo").is(caller.municipality()));
        }
        if (caller.subject() != null) {
            readable.add(Criteria.where("invited").is(caller.subject()));
        }
        return new Criteria().orOperator(readable);
    }

    /**
     * An officer's inbox: open questions of other cities that their city may answer (addressed to it,
     * to the whole network, or inviting them) and that no officer of their city answered yet.
     */
    static Criteria inboxOf(Caller caller) {
        String city = caller.requireMunicipality();
        List<Criteria> forThem = new ArrayList<>();
        forThem.add(Criteria.where("audience").is(Audience.NETWORK.name()));
        forThem.add(Criteria.where("addressedTo").is(city));
        if (caller.subject() != null) {
            forThem.add(Criteria.where("invited").is(caller.subject()));
        }
        return new Criteria().andOperator(Criteria.where("status").is(QuestionStatus.OPEN.name()),
                Criteria.where(TenantScope.MUNICIPALITY).ne(city),
                Criteria.where("answeringCities").ne(city),
                new Criteria().orOperator(forThem));
    }

    /** Among an inbox, those that invite the officer by name. */
    static Criteria invitingIn(Caller caller) {
        return new Criteria().andOperator(inboxOf(caller), Criteria.where("invited").is(caller.subject()));
    }
}
