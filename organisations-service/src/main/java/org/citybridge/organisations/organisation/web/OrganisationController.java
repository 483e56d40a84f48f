package org.citybridge.organisations.organisation.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationRepository;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.NotFoundException;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final OrganisationRepository organisations;

    OrganisationController(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @PostMapping
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody RegisterOrganisationRequest request,
            Caller caller) {
        Organisation organisation = organisations.save(Organisation.register(caller.requireMunicipality(),
                request.name(), request.kind(), request.visibility(), request.website(), request.communities()));
        return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
                .body(OrganisationResponse.of(organisation));
    }

    @GetMapping
    PageResponse<OrganisationResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(organisations.findVisibleToMunicipality(caller.municipality(),
                paging.toPageable(Sort.by("name", "id"))), OrganisationResponse::of);
    }

    @GetMapping("/{id}")
    OrganisationResponse get(@PathVariable String id, Caller caller) {
        return organisations.findById(id)
                .filter(organisation -> organisation.isVisibleTo(caller))
                .map(OrganisationResponse::of)
                .orElseThrow(() -> NotFoundException.of("Organisation", id));
    }
}
