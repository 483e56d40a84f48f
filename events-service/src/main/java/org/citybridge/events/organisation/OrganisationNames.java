package org.citybridge.events.organisation;

import java.util.Optional;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.springframework.stereotype.Service;

/**
 * The name of an organisation a registrant picked from the directory. The registrant has no account, so
 * this is a system read; it names only active organisations shared beyond their city, which anyone may
 * know of.
 */
@Service
public class OrganisationNames {

    private final ReadModel<OrganisationView> views;

    OrganisationNames(AggregateStores stores) {
        this.views = stores.readModel(OrganisationView.class);
    }

    public Optional<String> activeName(String organisationId) {
        return views.findForSystem(organisationId)
                .filter(view -> !"INACTIVE".equals(view.status()) && view.complete())
                .filter(view -> view.visibility() != org.citybridge.platform.tenancy.Visibility.PRIVATE)
                .map(OrganisationView::name);
    }
}
