package org.citybridge.organisations.vision.web;

import java.util.List;
import java.util.Map;

import org.citybridge.organisations.vision.ConsultationOverview;
import org.citybridge.organisations.vision.SourceGroup;

/**
 * {@code GET /api/visions/{visionId}/overview}: the approved contributions counted per question (null:
 * the free ones), per group, per district and per community (null: none named), and how many wait for
 * moderation.
 */
record OverviewResponse(long approved, long pending, List<QuestionCount> perQuestion, Map<SourceGroup, Long> perGroup,
        List<NamedCount> perDistrict, List<NamedCount> perCommunity) {

    record QuestionCount(Integer question, String text, long count) {
    }

    record NamedCount(String name, long count) {
    }

    static OverviewResponse of(ConsultationOverview overview) {
        return new OverviewResponse(overview.approved(), overview.pending(),
                overview.perQuestion().stream().map(q -> new QuestionCount(q.number(), q.text(), q.count())).toList(),
                overview.perGroup(), named(overview.perDistrict()), named(overview.perCommunity()));
    }

    private static List<NamedCount> named(List<ConsultationOverview.NamedCount> counts) {
        return counts.stream().map(count -> new NamedCount(count.name(), count.count())).toList();
    }
}
