package org.citybridge.organisations.vision.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.SourceGroup;
import org.citybridge.organisations.vision.Submission;

/**
 * The public form ({@code POST /api/visions/{visionId}/public/contributions}), sent without an account.
 * No e-mail address or other contact data is asked: the city keeps only what the page may show.
 *
 * @param showName the name may be shown on the public page; without it the contribution appears anonymously
 * @param consent  the sender agrees that the city keeps the contribution and, once approved, publishes it
 */
record PublicContributionRequest(
        @NotNull SourceGroup group,
        @Size(max = 100) String district,
        @Size(max = 100) String community,
        @Min(1) Integer question,
        @NotBlank @Size(max = 5_000) String text,
        @Size(max = 200) String authorName,
        Boolean showName,
        @NotNull @AssertTrue(message = "must be true: the city keeps the contribution and, once an officer approved it, shows it on the public page")
        Boolean consent) {

    Submission toSubmission() {
        return new Submission(group, district, community, question, text, authorName, Boolean.TRUE.equals(showName),
                Boolean.TRUE.equals(consent));
    }
}
