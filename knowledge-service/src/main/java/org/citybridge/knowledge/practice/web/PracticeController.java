package org.citybridge.knowledge.practice.web;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeFilter;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.practice.PracticeStatus;
import org.citybridge.knowledge.practice.Revision;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
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
class PracticeController {

    /** Filters of the practice list; each optional. */
    record ListPracticesQuery(PracticeStatus status, @Size(max = 100) String municipality,
            @Size(max = 60) String theme, @Pattern(regexp = PracticeRequest.LANGUAGES) String language,
            @Size(max = 100) String group) {

        PracticeFilter toFilter() {
            return new PracticeFilter(status, municipality, theme, language == null ? null : Language.ofCode(language),
                    group);
        }
    }

    /** A version before a save, with what it said then. */
    record RevisionResponse(int number, PracticeStatus status, Visibility visibility, Set<String> sharedWithGroups,
            String savedBy, Instant savedAt, PracticeContent content) {

        static RevisionResponse of(Revision revision) {
            return new RevisionResponse(revision.number(), revision.status(), revision.visibility(),
                    revision.sharedWithGroups(), revision.savedBy(), revision.savedAt(), revision.content());
        }
    }

    private final PracticeService practices;

    PracticeController(PracticeService practices) {
        this.practices = practices;
    }

    /** A new DRAFT of the officer's city; {@link #publish} shares it. */
    @PostMapping("/api/practices")
    @Allowed(Role.OFFICER)
    ResponseEntity<PracticeResponse> write(@Valid @RequestBody PracticeRequest request, Caller caller) {
        Practice practice = practices.draft(caller, request.toContent(), request.visibility(),
                request.sharedWithGroups());
        return ResponseEntity.created(URI.create("/api/practices/" + practice.id()))
                .eTag(EntityTags.ofVersion(practice.version())).body(response(practice, caller));
    }

    @GetMapping("/api/practices")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<PracticeSummary> list(@Valid ListPracticesQuery query, @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(practices.list(caller, query.toFilter(),
                paging.toPageable(Sort.by("content.title", "_id"))), PracticeSummary::of);
    }

    @GetMapping("/api/practices/{id}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<PracticeResponse> get(@PathVariable String id, Caller caller) {
        return withETag(practices.get(caller, id), caller);
    }

    /** If-Match is required: the whole practice is replaced by what the caller read and changed. */
    @PutMapping("/api/practices/{id}")
    @Allowed(Role.OFFICER)
    ResponseEntity<PracticeResponse> revise(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PracticeRequest request, Caller caller) {
        Practice practice = practices.getForChange(caller, id);
        EntityTags.requireMatch(ifMatch, EntityTags.ofVersion(practice.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("practice", () -> practices.revise(caller, practice,
                request.toContent(), request.visibility(), request.sharedWithGroups())), caller);
    }

    @PostMapping("/api/practices/{id}/publish")
    @Allowed(Role.OFFICER)
    ResponseEntity<PracticeResponse> publish(@PathVariable String id, Caller caller) {
        return withETag(EntityTags.unlessChangedMeanwhile("practice", () -> practices.publish(caller, id)), caller);
    }

    /** Back to a draft: other cities no longer see it. */
    @PostMapping("/api/practices/{id}/withdraw")
    @Allowed(Role.OFFICER)
    ResponseEntity<PracticeResponse> withdraw(@PathVariable String id, Caller caller) {
        return withETag(EntityTags.unlessChangedMeanwhile("practice", () -> practices.withdraw(caller, id)), caller);
    }

    /** The earlier versions, newest first; for the owning city's officers only (a draft's past is its own). */
    @GetMapping("/api/practices/{id}/revisions")
    @Allowed(Role.OFFICER)
    PageResponse<RevisionResponse> revisions(@PathVariable String id, @Valid PageQuery paging, Caller caller) {
        practices.getForChange(caller, id);
        return PageResponse.of(practices.revisions(caller, id, paging.toPageable(Sort.unsorted())),
                RevisionResponse::of);
    }

    /** A published PUBLIC practice, for anyone; every other answers 404. */
    @GetMapping("/api/practices/public/{id}")
    @PublicRoute
    ResponseEntity<PracticeResponse> getPublic(@PathVariable String id) {
        return withETag(practices.getPublic(id), Caller.anonymous());
    }

    private ResponseEntity<PracticeResponse> withETag(Practice practice, Caller caller) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(practice.version())).body(response(practice, caller));
    }

    private PracticeResponse response(Practice practice, Caller caller) {
        return PracticeResponse.of(practice, practices.linkedResults(caller, practice), caller);
    }
}
