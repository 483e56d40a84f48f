package org.citybridge.actions.organisation;

import org.citybridge.actions.organisation.remote.RemoteOrganisation;
import org.citybridge.platform.domain.InvalidValueException;

/** What the partner rule needs to know of an organisation, wherever it was learnt. */
record PartnerStanding(String organisationId, String municipality, boolean active) {

    static PartnerStanding of(OrganisationView view) {
        return new PartnerStanding(view.id(), view.municipality(), view.active());
    }

    static PartnerStanding of(RemoteOrganisation organisation) {
        return new PartnerStanding(organisation.id(), organisation.municipality(),
                OrganisationView.ACTIVE.equals(organisation.status()));
    }

    /**
     * Another city's organisation gets the same answer as an unknown id: whether another city has an
     * organisation with that id is not this caller's business.
     */
    void requireActivePartnerOf(String city, String property) {
        if (!city.equals(municipality)) {
            throw noOrganisationOf(city, property, organisationId);
        }
        if (!active) {
            throw new InvalidValueException(property, "organisation " + organisationId + " is inactive");
        }
    }

    static InvalidValueException noOrganisationOf(String city, String property, String organisationId) {
        return new InvalidValueException(property, "names no organisation of " + city + ": " + organisationId);
    }
}
