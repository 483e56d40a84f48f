package org.citybridge.organisations.vision.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.SourceGroup;
import org.citybridge.organisations.vision.Submission;

/**
 * The body of {@code POST /api/visions/{visionId}/contributions}: what an officer enters from a meeting,
 * a letter or a department's note.
 *
 * @param question       the number of the vision's question it answers; absent for a free contribution
 * @param conversationId the district conversation it came from, if any
 */
record ContributionRequest(
        @NotNull SourceGroup group,
        @Size(max = 100) String district,
        @Size(max = 100) String community,
        @Min(1) Integer question,
        @NotBlank @Size(max = 5_000) String text,
        @Size(max = 200) String authorName,
        Boolean showName,
        Boolean consent,
        @Size(max = 100) String conversationId) {

    Submission toSubmission() {
        return new Submission(group, district, community, question, text, authorName, Boolean.TRUE.equals(showName),
                Boolean.TRUE.equals(consent));
    }

    String conversation() {
        return conversationId == null || conversationId.isBlank() ? null : conversationId.strip();
    }
}
