package org.citybridge.events.congress.web;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.congress.Session;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Congresses for organisers (who plan them) and officers and the admin (who read what is shared). */
@RestController
@RequestMapping("/api/congresses")
class CongressController {

    private final CongressService congresses;

    CongressController(CongressService congresses) {
        this.congresses = congresses;
    }

    @PostMapping
    @Allowed(Role.ORGANISER)
    ResponseEntity<CongressResponse> plan(@Valid @RequestBody CongressRequest request, Caller caller) {
        Congress congress = congresses.plan(caller, request.toPlan(), request.sessionPlans(),
                Boolean.TRUE.equals(request.draft()));
        return ResponseEntity.created(URI.create("/api/congresses/" + congress.id())).body(response(congress));
    }

    @GetMapping
    @Allowed({Role.ORGANISER, Role.OFFICER, Role.ADMIN})
    PageResponse<CongressResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(congresses.list(caller, paging.toPageable(Sort.by(Sort.Direction.DESC, "startsAt")
                .and(Sort.by("id")))), congress -> CongressResponse.of(congress, null, Map.of()));
    }

    @GetMapping("/{congressId}")
    @Allowed({Role.ORGANISER, Role.OFFICER, Role.ADMIN})
    CongressResponse get(@PathVariable String congressId, Caller caller) {
        return response(congresses.get(caller, congressId));
    }

    @PostMapping("/{congressId}/publish")
    @Allowed(Role.ORGANISER)
    CongressResponse publish(@PathVariable String congressId, Caller caller) {
        return response(congresses.publish(caller, congressId));
    }

    @PostMapping("/{congressId}/sessions")
    @Allowed(Role.ORGANISER)
    ResponseEntity<CongressResponse.SessionResponse> addSession(@PathVariable String congressId,
            @Valid @RequestBody CongressRequest.SessionRequest request, Caller caller) {
        Session session = congresses.addSession(caller, congressId, request.toPlan());
        return ResponseEntity.created(URI.create("/api/congresses/" + congressId + "/sessions/" + session.id()))
                .body(CongressResponse.SessionResponse.of(session, Map.of(session.id(), session.capacity())));
    }

    private CongressResponse response(Congress congress) {
        return CongressResponse.of(congress, congresses.venueName(congress).orElse(null),
                congresses.freePlaces(congress));
    }
}
