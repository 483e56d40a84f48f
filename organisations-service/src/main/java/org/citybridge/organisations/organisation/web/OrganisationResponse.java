package org.citybridge.organisations.organisation.web;

import java.time.Instant;
import java.util.List;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.organisations.organisation.OrganisationStatus;
import org.citybridge.platform.tenancy.Visibility;

record OrganisationResponse(String id, String municipality, String name, OrganisationKind kind,
        Visibility visibility, String website, List<String> communities, OrganisationStatus status,
        Instant registeredAt) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.id(), organisation.municipality(), organisation.name(),
                organisation.kind(), organisation.visibility(), organisation.website(), organisation.communities(),
                organisation.status(), organisation.registeredAt());
    }
}
