package org.citybridge.organisations.pact.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactId;
import org.citybridge.organisations.pact.PactService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A city's officers write and publish its pact; every member of the network reads published pacts. */
@RestController
@RequestMapping("/api/pacts")
class PactController {

    private final PactService pacts;

    PactController(PactService pacts) {
        this.pacts = pacts;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<PactResponse> create(@Valid @RequestBody PactRequest request, Caller caller) {
        Pact pact = pacts.create(caller, request.toContent(), request.visionId());
        return ResponseEntity.created(URI.create("/api/pacts/" + pact.id())).body(PactResponse.of(pact));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<PactSummaryResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(pacts.list(caller, paging.toPageable(Sort.by("content.title", "id"))),
                PactSummaryResponse::of);
    }

    @GetMapping("/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PactResponse get(@PathVariable PactId id, Caller caller) {
        return PactResponse.of(pacts.visible(id, caller));
    }

    @PutMapping("/{id}")
    @Allowed(Role.OFFICER)
    PactResponse revise(@PathVariable PactId id, @Valid @RequestBody PactRequest request, Caller caller) {
        return PactResponse.of(pacts.revise(id, caller, request.toContent(), request.visionId()));
    }

    @PostMapping("/{id}/publish")
    @Allowed(Role.OFFICER)
    PactResponse publish(@PathVariable PactId id, Caller caller) {
        return PactResponse.of(pacts.publish(id, caller));
    }
}
