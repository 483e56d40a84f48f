package org.citybridge.organisations.municipality.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.municipality.Municipality;
import org.citybridge.organisations.municipality.MunicipalityRepository;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.ConflictException;
import org.citybridge.platform.web.ForbiddenException;
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

/** The network's members: every logged-in user may list them, only the network admin adds one. */
@RestController
@RequestMapping("/api/municipalities")
class MunicipalityController {

    private final MunicipalityRepository municipalities;

    MunicipalityController(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    @PostMapping
    ResponseEntity<MunicipalityResponse> join(@Valid @RequestBody JoinMunicipalityRequest request, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only the network administrator adds municipalities.");
        }
        if (municipalities.existsById(request.id())) {
            throw new ConflictException("Municipality '" + request.id() + "' is already a member.");
        }
        Municipality municipality = municipalities.insert(Municipality.join(request.id(), request.name(),
                request.country(), request.languages(), request.population(),
                request.facts() == null ? null : request.facts().stream()
                        .map(fact -> new Municipality.Fact(fact.label(), fact.value(), fact.source())).toList(),
                request.joinedOn()));
        return ResponseEntity.created(URI.create("/api/municipalities/" + municipality.id()))
                .body(MunicipalityResponse.of(municipality));
    }

    @GetMapping
    PageResponse<MunicipalityResponse> list(@Valid PageQuery paging) {
        return PageResponse.of(municipalities.findAll(paging.toPageable(Sort.by("name"))), MunicipalityResponse::of);
    }

    @GetMapping("/{id}")
    MunicipalityResponse get(@PathVariable String id) {
        return municipalities.findById(id).map(MunicipalityResponse::of)
                .orElseThrow(() -> NotFoundException.of("Municipality", id));
    }
}
