package org.citybridge.actions.programme.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgrammeService;
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

/** Thin: each route says who may call it and maps between JSON and the service. */
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<ProgrammeResponse> start(@Valid @RequestBody ProgrammeRequest request, Caller caller) {
        Programme programme = programmes.start(caller, request.toContent(), request.visibility());
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id()))
                .eTag(EntityTags.ofVersion(programme.version())).body(ProgrammeResponse.of(programme));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<ProgrammeResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(programmes.list(caller, paging.toPageable(Sort.by("content.title", "id"))),
                ProgrammeResponse::of);
    }

    @GetMapping("/{programmeId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<ProgrammeResponse> get(@PathVariable String programmeId, Caller caller) {
        return withETag(programmes.get(caller, programmeId));
    }

    /** If-Match is required: the whole programme is replaced by what the caller read and changed. */
    @PutMapping("/{programmeId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<ProgrammeResponse> revise(@PathVariable String programmeId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProgrammeRequest request, Caller caller) {
        Programme programme = programmes.getForChange(caller, programmeId);
        EntityTags.requireMatch(ifMatch, EntityTags.ofVersion(programme.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("programme",
                () -> programmes.revise(programme, request.toContent(), request.visibility())));
    }

    @PostMapping("/{programmeId}/milestones")
    @Allowed(Role.OFFICER)
    ResponseEntity<MilestoneJson> planMilestone(@PathVariable String programmeId,
            @Valid @RequestBody MilestoneJson.PlanRequest request, Caller caller) {
        Programme programme = programmes.getForChange(caller, programmeId);
        Milestone milestone = EntityTags.unlessChangedMeanwhile("programme",
                () -> programmes.planMilestone(programme, request.title(), request.due()));
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeId + "/milestones/" + milestone.id()))
                .body(MilestoneJson.of(milestone));
    }

    @PutMapping("/{programmeId}/milestones/{milestoneId}")
    @Allowed(Role.OFFICER)
    MilestoneJson changeMilestone(@PathVariable String programmeId, @PathVariable String milestoneId,
            @Valid @RequestBody MilestoneJson.StateRequest request, Caller caller) {
        Programme programme = programmes.getForChange(caller, programmeId);
        return MilestoneJson.of(EntityTags.unlessChangedMeanwhile("programme", () -> programmes.changeMilestone(
                programme, milestoneId, request.state(), request.completedOn(), caller)));
    }

    private static ResponseEntity<ProgrammeResponse> withETag(Programme programme) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(programme.version())).body(ProgrammeResponse.of(programme));
    }
}
