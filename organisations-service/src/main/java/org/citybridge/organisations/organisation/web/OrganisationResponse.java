package org.citybridge.organisations.organisation.web;

import java.time.Instant;
import java.util.List;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.organisations.organisation.OrganisationStatus;
import org.citybridge.platform.tenancy.Visibility;

/** @param logo where its logo is served, or null when it has none */
record OrganisationResponse(String id, String municipality, String name, OrganisationKind kind,
        Visibility visibility, AddressJson address, String website, List<String> communities,
        List<ContactPersonJson> contactPersons, OrganisationStatus status, boolean publiclyListed, String logo,
        Instant registeredAt, Instant updatedAt) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.id(), organisation.municipality(), organisation.name(),
                organisation.kind(), organisation.visibility(), AddressJson.of(organisation.address()),
                organisation.website(), organisation.communities(),
                organisation.contactPersons().stream().map(ContactPersonJson::of).toList(), organisation.status(),
                organisation.publiclyListed(),
                organisation.logo() == null ? null : "/api/organisations/" + organisation.id() + "/logo",
                organisation.registeredAt(), organisation.updatedAt());
    }
}
