package org.citybridge.knowledge.bridgegroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.bson.Document;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;

/** The MongoDB filter of bridge groups, as the query it sends. */
class BridgeGroupScopeTest {

    @Test
    void anOfficerListsTheGroupsTheirCityBelongsToOrIsInvitedTo() {
        assertThat(json(BridgeGroupScope.visibleTo(new Caller("anna", "almelo", Set.of(Role.OFFICER)))))
                .isEqualTo(json("""
                        {"$or": [{"memberCities": "almelo"}, {"invitedCities": "almelo"}]}"""));
    }

    @Test
    void theAdminListsAllAndACallerOfNoCityNone() {
        assertThat(json(BridgeGroupScope.visibleTo(new Caller("admin", null, Set.of(Role.ADMIN))))).isEqualTo("{}");
        assertThat(json(BridgeGroupScope.visibleTo(Caller.anonymous()))).isEqualTo(json("""
                {"_id": {"$exists": false}}"""));
    }

    private static String json(Criteria criteria) {
        return criteria.getCriteriaObject().toJson();
    }

    private static String json(String json) {
        return Document.parse(json).toJson();
    }
}
