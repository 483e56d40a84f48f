package org.citybridge.events.congress.web;

import jakarta.validation.Valid;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published PUBLIC congresses for anyone: the page people register from, with the places still free. */
@RestController
@RequestMapping("/api/congresses/public")
class PublicCongressController {

    private final CongressService congresses;

    PublicCongressController(CongressService congresses) {
        this.congresses = congresses;
    }

    @GetMapping
    @PublicRoute
    PageResponse<CongressResponse> list(@Valid PageQuery paging) {
        return PageResponse.of(congresses.publicList(paging.toPageable(Sort.by("startsAt", "id"))), this::response);
    }

    @GetMapping("/{congressId}")
    @PublicRoute
    CongressResponse get(@PathVariable String congressId) {
        return response(congresses.publicGet(congressId));
    }

    private CongressResponse response(Congress congress) {
        return CongressResponse.of(congress, congresses.venueName(congress).orElse(null),
                congresses.freePlaces(congress));
    }
}
