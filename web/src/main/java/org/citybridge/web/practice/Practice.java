package org.citybridge.web.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A practice as {@code GET /api/practices/{id}} shows it to the reader. */
record Practice(String id, String municipality, String status, String visibility, Set<String> sharedWithGroups,
        int revision, String title, String summary, String purpose, String rationale, String approach,
        String whatWorked, String whatDidNot, List<String> targetGroups, String results,
        List<LinkedAction> linkedActions, List<String> themes, List<Integer> linesOfWork, String language,
        Map<String, Translation> translations, Contact contactPerson, List<Attachment> attachments,
        Instant writtenAt, Instant changedAt, Instant publishedAt) {

    Practice {
        sharedWithGroups = sharedWithGroups == null ? Set.of() : sharedWithGroups;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
        linkedActions = linkedActions == null ? List.of() : linkedActions;
        themes = themes == null ? List.of() : themes;
        linesOfWork = linesOfWork == null ? List.of() : linesOfWork;
        translations = translations == null ? Map.of() : translations;
        attachments = attachments == null ? List.of() : attachments;
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    record Translation(String language, String title, String summary) {
    }

    record Contact(String name, String role, String email, String phone) {
    }

    record Attachment(String id, String fileName, String contentType, long size, Instant addedAt) {
    }

    record LinkedAction(String actionId, String title, String status, List<Indicator> indicators) {
    }

    record Indicator(String indicatorId, String name, String unit, LocalDate date, BigDecimal value, String status) {
    }

    /** An earlier version ({@code GET /api/practices/{id}/revisions}), with what it said then. */
    record Revision(int number, String status, String visibility, String savedBy, Instant savedAt, Content content) {
    }

    record Content(String title, String summary) {
    }

    record Revisions(List<Revision> items, long total) {
    }
}
