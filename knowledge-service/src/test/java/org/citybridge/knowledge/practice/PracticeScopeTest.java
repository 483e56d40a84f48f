package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.bson.Document;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;

/** The MongoDB filter of practices, as the query it sends. */
class PracticeScopeTest {

    @Test
    void anOfficerReadsTheirCitysAndWhatIsPublishedForTheNetworkOrTheirGroups() {
        Caller anna = new Caller("anna", "almelo", Set.of(Role.OFFICER));

        assertThat(json(PracticeScope.visibleTo(anna, Set.of("bg-1")))).isEqualTo(json("""
                {"$or": [
                  {"municipality": "almelo"},
                  {"$and": [{"status": "PUBLISHED"}, {"visibility": {"$in": ["NETWORK", "PUBLIC"]}}]},
                  {"$and": [{"status": "PUBLISHED"}, {"sharedWithGroups": {"$in": ["bg-1"]}}]}]}"""));
    }

    @Test
    void aCityOfNoGroupAndTheAdminOfNoCityReadWhatIsPublishedForTheNetwork() {
        Caller admin = new Caller("admin", null, Set.of(Role.ADMIN));

        assertThat(json(PracticeScope.visibleTo(admin, Set.of()))).isEqualTo(json("""
                {"$or": [{"$and": [{"status": "PUBLISHED"}, {"visibility": {"$in": ["NETWORK", "PUBLIC"]}}]}]}"""));
    }

    @Test
    void anAnonymousVisitorReadsPublishedPublicOnes() {
        assertThat(json(PracticeScope.visibleTo(Caller.anonymous(), Set.of("bg-1")))).isEqualTo(json("""
                {"$and": [{"status": "PUBLISHED"}, {"visibility": "PUBLIC"}]}"""));
    }

    private static String json(Criteria criteria) {
        return criteria.getCriteriaObject().toJson();
    }

    private static String json(String json) {
        return Document.parse(json).toJson();
    }
}
