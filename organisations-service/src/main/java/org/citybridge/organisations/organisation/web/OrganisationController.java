package org.citybridge.organisations.organisation.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationFilter;
import org.citybridge.organisations.organisation.OrganisationId;
import org.citybridge.organisations.organisation.OrganisationService;
import org.citybridge.organisations.organisation.OrganisationStatus;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    /** The query of the departments list: the kind and the city are fixed. */
    record DepartmentsQuery(@Size(max = 100) String q, OrganisationStatus status) {
    }

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Officers register organisations of their own city; organisers and the admin read them. */
    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody RegisterOrganisationRequest request,
            Caller caller) {
        Organisation organisation = organisations.register(caller, request.toDetails());
        return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
                .eTag(EntityTags.ofVersion(organisation.version()))
                .body(OrganisationResponse.of(organisation));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<OrganisationResponse> list(@Valid PageQuery paging, @Valid ListOrganisationsQuery query,
            Caller caller) {
        return PageResponse.of(organisations.list(caller, query.toFilter(), paging.toPageable(query.toSort())),
                OrganisationResponse::of);
    }

    /** The internal network (seed 000, "Intern contactpersonen afdelingen"): own city only. */
    @GetMapping("/departments")
    @Allowed({Role.OFFICER, Role.ORGANISER})
    PageResponse<OrganisationResponse> departments(@Valid PageQuery paging, @Valid DepartmentsQuery query,
            Caller caller) {
        return PageResponse.of(organisations.departments(caller,
                new OrganisationFilter(null, null, query.status(), query.q()),
                paging.toPageable(Sort.by("searchName", "id"))), OrganisationResponse::of);
    }

    @GetMapping("/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<OrganisationResponse> get(@PathVariable OrganisationId id, Caller caller) {
        return withETag(organisations.get(id, caller));
    }

    @PutMapping("/{id}")
    @Allowed(Role.OFFICER)
    ResponseEntity<OrganisationResponse> update(@PathVariable OrganisationId id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody UpdateOrganisationRequest request, Caller caller) {
        Organisation organisation = organisations.getForChange(id, caller);
        EntityTags.requireMatch(ifMatch, EntityTags.ofVersion(organisation.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("organisation",
                () -> organisations.update(organisation, request.toDetails())));
    }

    /** If-Match is optional here: deactivating does not overwrite anything someone else wrote. */
    @PostMapping("/{id}/deactivate")
    @Allowed(Role.OFFICER)
    ResponseEntity<OrganisationResponse> deactivate(@PathVariable OrganisationId id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        Organisation organisation = organisations.getForChange(id, caller);
        EntityTags.requireMatchIfPresent(ifMatch, EntityTags.ofVersion(organisation.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("organisation", () -> organisations.deactivate(organisation)));
    }

    @PostMapping("/{id}/reactivate")
    @Allowed(Role.OFFICER)
    ResponseEntity<OrganisationResponse> reactivate(@PathVariable OrganisationId id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        Organisation organisation = organisations.getForChange(id, caller);
        EntityTags.requireMatchIfPresent(ifMatch, EntityTags.ofVersion(organisation.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("organisation", () -> organisations.reactivate(organisation)));
    }

    private static ResponseEntity<OrganisationResponse> withETag(Organisation organisation) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(organisation.version()))
                .body(OrganisationResponse.of(organisation));
    }
}
