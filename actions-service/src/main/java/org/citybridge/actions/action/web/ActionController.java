package org.citybridge.actions.action.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionFilter;
import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.StatusUpdate;
import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.programme.web.MilestoneJson;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Thin: each route says who may call it and maps between JSON and the service. */
@RestController
class ActionController {

    /** Filters of the action list; each optional. {@code late=true} lists only LATE actions. */
    record ListActionsQuery(@Size(max = 100) String programme, @Min(1) @Max(99) Integer goal, ActionStatus status,
            @Min(1) @Max(99) Integer lineOfWork, @Size(max = 100) String owner, @Size(max = 100) String partner,
            @Size(max = 200) String targetGroup, Boolean late, Boolean inactivePartners) {

        ActionFilter toFilter() {
            return new ActionFilter(programme, goal, status, lineOfWork, owner, partner, targetGroup,
                    Boolean.TRUE.equals(late), Boolean.TRUE.equals(inactivePartners));
        }
    }

    record StatusUpdateRequest(LocalDate date, @NotBlank @Size(max = 4000) String text) {
    }

    /** @param mergedInto the action this one was merged into, for MERGED */
    record OverrideRequest(@NotNull ActionStatus status, @NotBlank @Size(max = 2000) String reason,
            @Size(max = 100) String mergedInto) {
    }

    private final ActionService actions;

    ActionController(ActionService actions) {
        this.actions = actions;
    }

    @PostMapping("/api/programmes/{programmeId}/actions")
    @Allowed(Role.OFFICER)
    ResponseEntity<ActionResponse> create(@PathVariable String programmeId, @Valid @RequestBody ActionRequest request,
            Caller caller) {
        Action action = actions.create(caller, programmeId, request.toDetails(), request.visibility());
        return ResponseEntity.created(URI.create("/api/actions/" + action.id()))
                .eTag(EntityTags.ofVersion(action.version())).body(ActionResponse.of(action));
    }

    @GetMapping("/api/actions")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<ActionResponse> list(@Valid ListActionsQuery query, @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(actions.list(caller, query.toFilter(), paging.toPageable(Sort.by("details.title", "id"))),
                ActionResponse::of);
    }

    @GetMapping("/api/actions/{actionId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<ActionResponse> get(@PathVariable String actionId, Caller caller) {
        return withETag(actions.get(caller, actionId));
    }

    /** If-Match is required: the whole action is replaced by what the caller read and changed. */
    @PutMapping("/api/actions/{actionId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<ActionResponse> revise(@PathVariable String actionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ActionRequest request, Caller caller) {
        Action action = actions.getForChange(caller, actionId);
        EntityTags.requireMatch(ifMatch, EntityTags.ofVersion(action.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("action",
                () -> actions.revise(caller, action, request.toDetails(), request.visibility())));
    }

    @PostMapping("/api/actions/{actionId}/milestones")
    @Allowed(Role.OFFICER)
    ResponseEntity<MilestoneJson> planMilestone(@PathVariable String actionId,
            @Valid @RequestBody MilestoneJson.PlanRequest request, Caller caller) {
        Milestone milestone = actions.planMilestone(caller, actionId, request.title(), request.due());
        return ResponseEntity.created(URI.create("/api/actions/" + actionId + "/milestones/" + milestone.id()))
                .body(MilestoneJson.of(milestone));
    }

    @PutMapping("/api/actions/{actionId}/milestones/{milestoneId}")
    @Allowed(Role.OFFICER)
    MilestoneJson changeMilestone(@PathVariable String actionId, @PathVariable String milestoneId,
            @Valid @RequestBody MilestoneJson.StateRequest request, Caller caller) {
        return MilestoneJson.of(actions.changeMilestone(caller, actionId, milestoneId, request.state(),
                request.completedOn()));
    }

    /** A dated note on how the action goes; the notes form its timeline. */
    @PostMapping("/api/actions/{actionId}/updates")
    @Allowed(Role.OFFICER)
    ResponseEntity<StatusUpdate> postUpdate(@PathVariable String actionId, @Valid @RequestBody StatusUpdateRequest request,
            Caller caller) {
        StatusUpdate update = actions.postUpdate(caller, actionId, request.date(), request.text());
        return ResponseEntity.status(201).body(update);
    }

    @PutMapping("/api/actions/{actionId}/status-override")
    @Allowed(Role.OFFICER)
    ResponseEntity<ActionResponse> overrideStatus(@PathVariable String actionId, @Valid @RequestBody OverrideRequest request,
            Caller caller) {
        return withETag(actions.overrideStatus(caller, actionId, request.status(), request.reason(), request.mergedInto()));
    }

    /** Back to the computed status. */
    @DeleteMapping("/api/actions/{actionId}/status-override")
    @Allowed(Role.OFFICER)
    ResponseEntity<ActionResponse> clearOverride(@PathVariable String actionId, Caller caller) {
        return withETag(actions.clearOverride(caller, actionId, "override removed"));
    }

    private static ResponseEntity<ActionResponse> withETag(Action action) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(action.version())).body(ActionResponse.of(action));
    }
}
