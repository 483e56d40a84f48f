package org.citybridge.web.publicpractice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A published PUBLIC practice as {@code GET /api/practices/public/{id}} gives it to anyone. */
public record PublicPractice(String id, String municipality, String title, String summary, String purpose,
        String rationale, String approach, String whatWorked, String whatDidNot, List<String> targetGroups,
        String results, List<String> themes, String language, Map<String, Translation> translations,
        ContactPerson contactPerson, List<Attachment> attachments, Instant publishedAt) {

    public PublicPractice {
        targetGroups = targetGroups == null ? List.of() : targetGroups;
        themes = themes == null ? List.of() : themes;
        translations = translations == null ? Map.of() : translations;
        attachments = attachments == null ? List.of() : attachments;
    }

    /** The title and summary in {@code reader}'s language where people translated them. */
    public Translation shown(String reader) {
        Translation translated = translations.get(reader);
        if (translated != null && translated.title() != null && !translated.title().isBlank()) {
            return new Translation(reader, translated.title(),
                    translated.summary() != null && !translated.summary().isBlank() ? translated.summary() : summary);
        }
        return new Translation(language, title, summary);
    }

    public record Translation(String language, String title, String summary) {
    }

    public record ContactPerson(String name, String role, String email, String phone) {
    }

    public record Attachment(String id, String fileName, String contentType, Long size) {
    }
}
