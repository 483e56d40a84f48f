package org.citybridge.organisations.vision;

import org.springframework.data.mongodb.core.query.Criteria;

/** What an officer narrows a vision's contributions to; null fields do not narrow. */
public record ContributionFilter(Integer question, SourceGroup group, String district, String community,
        Moderation moderation, String conversationId) {

    public static ContributionFilter none() {
        return new ContributionFilter(null, null, null, null, null, null);
    }

    public static ContributionFilter only(Moderation moderation) {
        return new ContributionFilter(null, null, null, null, moderation, null);
    }

    Criteria criteria(String visionId) {
        Criteria criteria = Criteria.where("visionId").is(visionId);
        if (question != null) {
            criteria = criteria.and("question").is(question);
        }
        if (group != null) {
            criteria = criteria.and("group").is(group);
        }
        if (Submission.label(district) != null) {
            criteria = criteria.and("district").is(Submission.label(district));
        }
        if (Submission.label(community) != null) {
            criteria = criteria.and("community").is(Submission.label(community));
        }
        if (moderation != null) {
            criteria = criteria.and("moderation").is(moderation);
        }
        if (conversationId != null) {
            criteria = criteria.and("conversationId").is(conversationId);
        }
        return criteria;
    }
}
