package org.citybridge.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.bson.Document;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;

/** The MongoDB filters of questions, as the queries they send. */
class QuestionScopeTest {

    static final Caller ANNA = new Caller("anna", "almelo", Set.of(Role.OFFICER));

    @Test
    void anOfficerReadsTheirCitysSharedOnesAndThoseAddressedToTheirCityOrInvitingThem() {
        assertThat(json(QuestionScope.visibleTo(ANNA))).isEqualTo(json("""
                {"$or": [
                  {"$or": [{"municipality": "almelo"}, {"visibility": {"$in": ["NETWORK", "PUBLIC"]}}]},
                  {"addressedTo": "almelo"},
                  {"invited": "anna"}]}"""));
    }

    @Test
    void anAnonymousVisitorReadsPublicOnesOnly() {
        assertThat(json(QuestionScope.visibleTo(Caller.anonymous()))).isEqualTo(json("""
                {"$or": [{"visibility": "PUBLIC"}]}"""));
    }

    @Test
    void anInboxHoldsOpenQuestionsOfOtherCitiesForTheirCityNotYetAnswered() {
        assertThat(json(QuestionScope.inboxOf(ANNA))).isEqualTo(json("""
                {"$and": [
                  {"status": "OPEN"},
                  {"municipality": {"$ne": "almelo"}},
                  {"answeringCities": {"$ne": "almelo"}},
                  {"$or": [{"audience": "NETWORK"}, {"addressedTo": "almelo"}, {"invited": "anna"}]}]}"""));
    }

    @Test
    void theInvitationsAreTheInboxsQuestionsNamingTheOfficer() {
        assertThat(json(QuestionScope.invitingIn(ANNA))).isEqualTo(json("{\"$and\": [" + json(QuestionScope.inboxOf(ANNA))
                + ", {\"invited\": \"anna\"}]}"));
    }

    @Test
    void aCallerWithoutSubjectIsNotAskedForInvitations() {
        Caller service = new Caller(null, "almelo", Set.of(Role.OFFICER));
        assertThat(json(QuestionScope.inboxOf(service))).doesNotContain("invited");
        assertThat(json(QuestionScope.visibleTo(service))).doesNotContain("invited").contains("addressedTo");
    }

    private static String json(Criteria criteria) {
        return criteria.getCriteriaObject().toJson();
    }

    private static String json(String json) {
        return Document.parse(json).toJson();
    }
}
