package org.citybridge.knowledge.practice.web;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.EntityTags;
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

/** Thin: each route says who may call it and maps between JSON and the service. */
@RestController
@RequestMapping("/api/practices")
class PracticeController {

    /** No municipality: a practice belongs to the city of the officer who writes it. */
    record WritePracticeRequest(@NotBlank @Size(max = 200) String title, Visibility visibility) {
    }

    record PracticeResponse(String id, String municipality, String title, Visibility visibility, Instant writtenAt) {
        static PracticeResponse of(Practice practice) {
            return new PracticeResponse(practice.id(), practice.municipality(), practice.title(),
                    practice.visibility(), practice.writtenAt());
        }
    }

    private final PracticeService practices;

    PracticeController(PracticeService practices) {
        this.practices = practices;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<PracticeResponse> write(@Valid @RequestBody WritePracticeRequest request, Caller caller) {
        Practice practice = practices.write(caller, request.title(), request.visibility());
        return ResponseEntity.created(URI.create("/api/practices/" + practice.id()))
                .eTag(EntityTags.ofVersion(practice.version())).body(PracticeResponse.of(practice));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<PracticeResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(practices.list(caller, paging.toPageable(Sort.by("title", "id"))),
                PracticeResponse::of);
    }

    @GetMapping("/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<PracticeResponse> get(@PathVariable String id, Caller caller) {
        Practice practice = practices.get(caller, id);
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(practice.version())).body(PracticeResponse.of(practice));
    }
}
