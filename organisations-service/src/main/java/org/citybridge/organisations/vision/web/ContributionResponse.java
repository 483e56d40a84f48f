package org.citybridge.organisations.vision.web;

import java.time.Instant;

import org.citybridge.organisations.vision.Contribution;
import org.citybridge.organisations.vision.ContributionChannel;
import org.citybridge.organisations.vision.Moderation;
import org.citybridge.organisations.vision.SourceGroup;

/** A contribution as the vision's city's officers read it: everything, the sender's name included. */
record ContributionResponse(String id, String visionId, SourceGroup group, String district, String community,
        Integer question, String text, String authorName, boolean showName, boolean consent,
        ContributionChannel channel, Moderation moderation, String conversationId, Instant receivedAt,
        Instant moderatedAt) {

    static ContributionResponse of(Contribution contribution) {
        return new ContributionResponse(contribution.id(), contribution.visionId(), contribution.group(),
                contribution.district(), contribution.community(), contribution.question(), contribution.text(),
                contribution.authorName(), contribution.showName(), contribution.consent(), contribution.channel(),
                contribution.moderation(), contribution.conversationId(), contribution.receivedAt(),
                contribution.moderatedAt());
    }
}
