package org.citybridge.organisations.vision.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.vision.Contribution;
import org.citybridge.organisations.vision.ContributionService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vision's city's officers enter what came in, read it and moderate what the public form brought.
 * Contributions are the city's own: another city's officers find nothing here (404).
 */
@RestController
@RequestMapping("/api/visions/{visionId}")
@Allowed(Role.OFFICER)
class ContributionController {

    private final ContributionService contributions;

    ContributionController(ContributionService contributions) {
        this.contributions = contributions;
    }

    @PostMapping("/contributions")
    ResponseEntity<ContributionResponse> enter(@PathVariable String visionId,
            @Valid @RequestBody ContributionRequest request, Caller caller) {
        Contribution contribution = contributions.enter(caller, visionId, request.toSubmission(),
                request.conversation());
        return ResponseEntity.created(URI.create("/api/visions/" + visionId + "/contributions/" + contribution.id()))
                .body(ContributionResponse.of(contribution));
    }

    /** Newest first. */
    @GetMapping("/contributions")
    PageResponse<ContributionResponse> list(@PathVariable String visionId, @Valid ContributionQuery query,
            @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(contributions.list(caller, visionId, query.toFilter(),
                paging.toPageable(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("id")))),
                ContributionResponse::of);
    }

    @GetMapping("/contributions/{contributionId}")
    ContributionResponse get(@PathVariable String visionId, @PathVariable String contributionId, Caller caller) {
        return ContributionResponse.of(contributions.get(caller, visionId, contributionId));
    }

    @PostMapping("/contributions/{contributionId}/approve")
    ContributionResponse approve(@PathVariable String visionId, @PathVariable String contributionId,
            Caller caller) {
        return ContributionResponse.of(contributions.approve(caller, visionId, contributionId));
    }

    @PostMapping("/contributions/{contributionId}/reject")
    ContributionResponse reject(@PathVariable String visionId, @PathVariable String contributionId, Caller caller) {
        return ContributionResponse.of(contributions.reject(caller, visionId, contributionId));
    }

    /** What the public form brought and no officer has read yet, oldest first. */
    @GetMapping("/moderation")
    PageResponse<ContributionResponse> moderationQueue(@PathVariable String visionId, @Valid PageQuery paging,
            Caller caller) {
        Pageable page = paging.toPageable(Sort.unsorted());
        return PageResponse.of(contributions.moderationQueue(caller, visionId, page.getPageNumber(),
                page.getPageSize()), ContributionResponse::of);
    }
}
