package org.citybridge.organisations.vision.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.VisionProcess;
import org.citybridge.organisations.vision.VisionService;
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
import org.springframework.web.bind.annotation.RestController;

/** Thin: each route says who may call it and maps between JSON and the service. */
@RestController
class VisionController {

    /** @param text the synthesis; an empty one removes it */
    record SynthesisRequest(@NotNull @Size(max = 20_000) String text) {
    }

    private final VisionService visions;

    VisionController(VisionService visions) {
        this.visions = visions;
    }

    @PostMapping("/api/visions")
    @Allowed(Role.OFFICER)
    ResponseEntity<VisionResponse> prepare(@Valid @RequestBody VisionRequest request, Caller caller) {
        VisionProcess vision = visions.prepare(caller, request.toContent(), request.visibility());
        return ResponseEntity.created(URI.create("/api/visions/" + vision.id()))
                .eTag(EntityTags.ofVersion(vision.version())).body(VisionResponse.of(vision));
    }

    @GetMapping("/api/visions")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<VisionResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(visions.list(caller, paging.toPageable(Sort.by("content.title", "edition", "id"))),
                VisionResponse::of);
    }

    @GetMapping("/api/visions/{visionId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<VisionResponse> get(@PathVariable String visionId, Caller caller) {
        return withETag(visions.get(caller, visionId));
    }

    /** If-Match is required: the whole content is replaced by what the caller read and changed. 409 once adopted. */
    @PutMapping("/api/visions/{visionId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<VisionResponse> revise(@PathVariable String visionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody VisionRequest request, Caller caller) {
        VisionProcess vision = visions.getForChange(caller, visionId);
        EntityTags.requireMatch(ifMatch, EntityTags.ofVersion(vision.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("vision",
                () -> visions.revise(vision, request.toContent(), request.visibility())));
    }

    @PostMapping("/api/visions/{visionId}/open")
    @Allowed(Role.OFFICER)
    ResponseEntity<VisionResponse> open(@PathVariable String visionId, Caller caller) {
        VisionProcess vision = visions.getForChange(caller, visionId);
        return withETag(EntityTags.unlessChangedMeanwhile("vision", () -> visions.openConsultation(vision)));
    }

    @PutMapping("/api/visions/{visionId}/syntheses/{question}")
    @Allowed(Role.OFFICER)
    ResponseEntity<VisionResponse> synthesis(@PathVariable String visionId, @PathVariable int question,
            @Valid @RequestBody SynthesisRequest request, Caller caller) {
        VisionProcess vision = visions.getForChange(caller, visionId);
        return withETag(EntityTags.unlessChangedMeanwhile("vision",
                () -> visions.writeSynthesis(vision, question, request.text())));
    }

    /** After this the vision never changes (409); a revision is a new version. */
    @PostMapping("/api/visions/{visionId}/adopt")
    @Allowed(Role.OFFICER)
    ResponseEntity<VisionResponse> adopt(@PathVariable String visionId, @Valid @RequestBody AdoptRequest request,
            Caller caller) {
        VisionProcess vision = visions.getForChange(caller, visionId);
        return withETag(EntityTags.unlessChangedMeanwhile("vision", () -> visions.adopt(vision, request.toVision())));
    }

    /** A new version of an adopted vision, prepared from its content; the adopted one stays as it is. */
    @PostMapping("/api/visions/{visionId}/revisions")
    @Allowed(Role.OFFICER)
    ResponseEntity<VisionResponse> startRevision(@PathVariable String visionId, Caller caller) {
        VisionProcess revision = visions.startRevision(visions.getForChange(caller, visionId));
        return ResponseEntity.created(URI.create("/api/visions/" + revision.id()))
                .eTag(EntityTags.ofVersion(revision.version())).body(VisionResponse.of(revision));
    }

    private static ResponseEntity<VisionResponse> withETag(VisionProcess vision) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(vision.version())).body(VisionResponse.of(vision));
    }
}
