package org.citybridge.organisations.municipality.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.municipality.Municipality;
import org.citybridge.organisations.municipality.MunicipalityService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Role;
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

/** The network's members: every logged-in user may list them, only the network admin adds one. */
@RestController
@RequestMapping("/api/municipalities")
class MunicipalityController {

    private final MunicipalityService municipalities;

    MunicipalityController(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @PostMapping
    @Allowed(Role.ADMIN)
    ResponseEntity<MunicipalityResponse> join(@Valid @RequestBody JoinMunicipalityRequest request) {
        Municipality municipality = municipalities.join(request.id(), request.name(),
                request.country(), request.languages(), request.population(),
                request.facts() == null ? null : request.facts().stream()
                        .map(fact -> new Municipality.Fact(fact.label(), fact.value(), fact.source())).toList(),
                request.joinedOn());
        return ResponseEntity.created(URI.create("/api/municipalities/" + municipality.id()))
                .body(MunicipalityResponse.of(municipality));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<MunicipalityResponse> list(@Valid PageQuery paging) {
        return PageResponse.of(municipalities.list(paging.toPageable(Sort.by("name"))), MunicipalityResponse::of);
    }

    @GetMapping("/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    MunicipalityResponse get(@PathVariable String id) {
        return MunicipalityResponse.of(municipalities.get(id));
    }
}
