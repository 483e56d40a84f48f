package org.citybridge.knowledge.practice.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.knowledge.action.ActionResults;
import org.citybridge.knowledge.action.ActionResultsReadModel;
import org.citybridge.knowledge.practice.AttachmentReference;
import org.citybridge.knowledge.practice.ContactPerson;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeStatus;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;

/**
 * A practice as the API shows it. {@code linkedActions} carry their indicators' latest values as
 * actions-service last told them; {@code sharedWithGroups} is shown to the owning city only.
 */
record PracticeResponse(String id, String municipality, PracticeStatus status, Visibility visibility,
        Set<String> sharedWithGroups, int revision, String title, String summary, String purpose, String rationale,
        String approach, String whatWorked, String whatDidNot, List<String> targetGroups, String results,
        List<LinkedAction> linkedActions, List<String> themes, List<Integer> linesOfWork, String language,
        Map<String, TranslationView> translations, ContactPerson contactPerson, List<AttachmentView> attachments,
        String sourceActionId, Instant writtenAt, Instant changedAt, Instant publishedAt) {

    record TranslationView(String language, String title, String summary) {
    }

    record IndicatorView(String indicatorId, String name, String unit, LocalDate date, BigDecimal value,
            String status) {
    }

    record LinkedAction(String actionId, String title, String status, List<IndicatorView> indicators) {
    }

    record AttachmentView(String id, String fileName, String contentType, long size, Instant addedAt, String url) {

        static AttachmentView of(String practiceId, AttachmentReference attachment, boolean publicUrl) {
            return new AttachmentView(attachment.id(), attachment.fileName(), attachment.contentType(),
                    attachment.size(), attachment.addedAt(), (publicUrl ? "/api/practices/public/" : "/api/practices/")
                            + practiceId + "/attachments/" + attachment.id());
        }
    }

    static PracticeResponse of(Practice practice, List<ActionResults> linked, Caller caller) {
        PracticeContent content = practice.content();
        Map<String, TranslationView> translations = new LinkedHashMap<>();
        content.translations().values().stream().sorted(java.util.Comparator.comparing(t -> t.language()))
                .forEach(t -> translations.put(t.language().code(),
                        new TranslationView(t.language().code(), t.title(), t.summary())));
        List<LinkedAction> actions = linked.stream().map(action -> new LinkedAction(action.id(), action.title(),
                action.status(), action.indicators().stream()
                        .filter(indicator -> ActionResultsReadModel.indicatorVisibleTo(action, indicator, caller))
                        .map(indicator -> new IndicatorView(indicator.indicatorId(), indicator.name(), indicator.unit(),
                                indicator.date(), indicator.value(), indicator.status()))
                        .toList()))
                .toList();
        boolean owner = caller.belongsTo(practice.municipality());
        return new PracticeResponse(practice.id(), practice.municipality(), practice.status(), practice.visibility(),
                owner ? practice.sharedWithGroups() : Set.of(), practice.revision(), content.title(), content.summary(),
                content.purpose(), content.rationale(), content.approach(), content.whatWorked(),
                content.whatDidNot(), content.targetGroups(), content.results(), actions, content.themes(),
                content.linesOfWork(), content.language().code(), translations, content.contactPerson(),
                practice.attachments().stream()
                        .map(attachment -> AttachmentView.of(practice.id(), attachment, caller.isAnonymous())).toList(),
                owner ? practice.sourceActionId() : null, practice.writtenAt(), practice.changedAt(),
                practice.publishedAt());
    }
}
