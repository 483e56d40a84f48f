package org.citybridge.events.organisation;

import jakarta.validation.Valid;

import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations an organiser can name as co-organiser of a congress or as an attendee's
 * affiliation, served from the local read model so it works while organisations-service is down.
 */
@RestController
class OrganisationDirectoryController {

    record OrganisationSummary(String id, String municipality, String name, String kind) {
    }

    private final OrganisationDirectory directory;

    OrganisationDirectoryController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/congresses/organisations")
    @Allowed({Role.ORGANISER, Role.OFFICER, Role.ADMIN})
    PageResponse<OrganisationSummary> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(directory.active(caller, paging.toPageable(Sort.by("name", "id"))),
                view -> new OrganisationSummary(view.id(), view.municipality(), view.name(), view.kind()));
    }
}
