package org.citybridge.actions.programme.web;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgrammeService;
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
@RequestMapping("/api/programmes")
class ProgrammeController {

    /** No municipality: a programme belongs to the city of the officer who starts it. */
    record StartProgrammeRequest(@NotBlank @Size(max = 200) String title, Visibility visibility) {
    }

    record ProgrammeResponse(String id, String municipality, String title, Visibility visibility, Instant startedAt) {
        static ProgrammeResponse of(Programme programme) {
            return new ProgrammeResponse(programme.id(), programme.municipality(), programme.title(),
                    programme.visibility(), programme.startedAt());
        }
    }

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<ProgrammeResponse> start(@Valid @RequestBody StartProgrammeRequest request, Caller caller) {
        Programme programme = programmes.start(caller, request.title(), request.visibility());
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id()))
                .eTag(EntityTags.ofVersion(programme.version())).body(ProgrammeResponse.of(programme));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<ProgrammeResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(programmes.list(caller, paging.toPageable(Sort.by("title", "id"))),
                ProgrammeResponse::of);
    }

    @GetMapping("/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<ProgrammeResponse> get(@PathVariable String id, Caller caller) {
        Programme programme = programmes.get(caller, id);
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(programme.version())).body(ProgrammeResponse.of(programme));
    }
}
