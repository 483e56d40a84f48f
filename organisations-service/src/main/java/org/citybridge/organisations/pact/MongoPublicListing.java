package org.citybridge.organisations.pact;

import org.citybridge.organisations.organisation.OrganisationRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Marks a signing organisation as publicly listed through its own aggregate. A concurrent change of
 * the organisation makes the save fail on its version; the listing is then applied to the fresh copy.
 */
@Component
class MongoPublicListing implements PublicListing {

    private final OrganisationRepository organisations;

    MongoPublicListing(OrganisationRepository organisations) {
        this.organisations = organisations;
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
        organisations.findById(organisationId)
                .filter(organisation -> !organisation.publiclyListed())
                .ifPresent(organisation -> {
                    organisation.listPublicly();
                    organisations.save(organisation);
                });
    }
}
