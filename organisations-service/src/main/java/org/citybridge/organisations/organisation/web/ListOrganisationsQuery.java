package org.citybridge.organisations.organisation.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.OrganisationFilter;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.organisations.organisation.OrganisationStatus;
import org.springframework.data.domain.Sort;

/**
 * The filters and order of {@code GET /api/organisations}:
 * {@code ?kind=&community=&status=&q=&sort=name|registeredAt&direction=asc|desc}.
 */
record ListOrganisationsQuery(
        OrganisationKind kind,
        @Size(max = 100) String community,
        OrganisationStatus status,
        @Size(max = 100) String q,
        @Pattern(regexp = "name|registeredAt", message = "must be name or registeredAt") String sort,
        @Pattern(regexp = "asc|desc", message = "must be asc or desc") String direction) {

    OrganisationFilter toFilter() {
        return new OrganisationFilter(kind, community, status, q);
    }

    /** By name ignoring case and diacritics (the search field), or by registration; the id breaks ties. */
    Sort toSort() {
        Sort.Direction order = "desc".equals(direction) ? Sort.Direction.DESC : Sort.Direction.ASC;
        String field = "registeredAt".equals(sort) ? "registeredAt" : "searchName";
        return Sort.by(order, field).and(Sort.by(Sort.Direction.ASC, "id"));
    }
}
