package org.citybridge.knowledge.bridgegroup;

import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * THE filter of bridge groups, from the caller's token: the groups their city belongs to or is invited
 * to; all of them for the network admin's list; none for anyone else. One group's details follow
 * {@link BridgeGroup#isReadableBy(Caller)}, which leaves the admin out.
 */
final class BridgeGroupScope {

    private BridgeGroupScope() {
    }

    static Criteria visibleTo(Caller caller) {
        if (caller.isAdmin()) {
            return new Criteria();
        }
        if (caller.municipality() == null) {
            return Criteria.where("_id").exists(false);
        }
        return new Criteria().orOperator(Criteria.where("memberCities").is(caller.municipality()),
                Criteria.where("invitedCities").is(caller.municipality()));
    }
}
