package org.citybridge.organisations.vision.web;

import jakarta.validation.Valid;

import org.citybridge.organisations.vision.ContributionService;
import org.citybridge.organisations.vision.Moderation;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.web.PageQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation as the public takes part in it, without an account: the page of a public vision
 * and the form residents and organisations answer on. Any other vision (private, shared with the
 * network only, still in preparation) does not exist here (404). The gateway rate-limits the form per
 * client address (anonymous writes to public endpoints).
 */
@RestController
@RequestMapping("/api/visions/{visionId}/public")
@PublicRoute
class PublicConsultationController {

    private final ContributionService contributions;

    PublicConsultationController(ContributionService contributions) {
        this.contributions = contributions;
    }

    @GetMapping
    PublicConsultationResponse page(@PathVariable String visionId, @Valid PageQuery paging) {
        Pageable page = paging.toPageable(Sort.unsorted());
        return PublicConsultationResponse.of(contributions.publicPage(visionId, page.getPageNumber(),
                page.getPageSize()));
    }

    /**
     * 202: received and held until an officer has read it. The answer carries nothing of the stored
     * contribution, so it can tell no one anything about the city's other contributions.
     */
    @PostMapping("/contributions")
    ResponseEntity<Receipt> send(@PathVariable String visionId,
            @Valid @RequestBody PublicContributionRequest request) {
        contributions.receiveFromThePublic(visionId, request.toSubmission());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Receipt(Moderation.PENDING,
                "Thank you. Your contribution is shown once the city has read it."));
    }

    record Receipt(Moderation moderation, String message) {
    }
}
