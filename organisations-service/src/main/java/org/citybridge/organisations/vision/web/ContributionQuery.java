package org.citybridge.organisations.vision.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.ContributionFilter;
import org.citybridge.organisations.vision.Moderation;
import org.citybridge.organisations.vision.SourceGroup;

/** The filters of {@code GET /api/visions/{visionId}/contributions}; each one absent narrows nothing. */
record ContributionQuery(@Min(1) Integer question, SourceGroup group, @Size(max = 100) String district,
        @Size(max = 100) String community, Moderation moderation, @Size(max = 100) String conversationId) {

    ContributionFilter toFilter() {
        return new ContributionFilter(question, group, district, community, moderation, conversationId);
    }
}
