package org.citybridge.organisations.pact;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Marks a signing organisation as publicly listed through its own aggregate. The signing officer's
 * right to do so comes from the pact (an organisation of the pact's own city, checked there), so the
 * organisation is read without a caller. A concurrent change of the organisation makes the save fail
 * on its version; the listing is then applied to the fresh copy.
 */
@Component
class MongoPublicListing implements PublicListing {

    private final TenantStore<Organisation> organisations;

    MongoPublicListing(AggregateStores stores) {
        this.organisations = stores.tenantOwned(Organisation.class);
    }

    @Override
    public void listPublicly(String organisationId) {
        try {
            apply(organisationId);
        } catch (OptimisticLockingFailureException concurrentChange) {
            apply(organisationId);
        }
    }

    private void apply(String organisationId) {
        organisations.findForSystem(organisationId)
                .filter(organisation -> !organisation.publiclyListed())
                .ifPresent(organisation -> {
                    organisation.listPublicly();
                    organisations.save(organisation);
                });
    }
}
