package org.citybridge.events.organisation;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** The organisations a caller's city may name in a congress: its own and those shared with it, active ones only. */
@Service
class OrganisationDirectory {

    private final ReadModel<OrganisationView> views;

    OrganisationDirectory(AggregateStores stores) {
        this.views = stores.readModel(OrganisationView.class);
    }

    Page<OrganisationView> active(Caller caller, Pageable pageable) {
        return views.findVisible(caller, Criteria.where("status").ne("INACTIVE"), pageable);
    }
}
