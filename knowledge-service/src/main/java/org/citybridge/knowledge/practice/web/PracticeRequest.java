package org.citybridge.knowledge.practice.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.practice.ContactPerson;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.Translation;
import org.citybridge.platform.tenancy.Visibility;

/**
 * A practice as an officer writes it (POST) or replaces it (PUT). No municipality: a practice belongs
 * to the city of the officer who writes it.
 *
 * @param results       the results in the officers' words
 * @param linkedActions ids of the city's (or shared) actions whose indicators show the results
 * @param translations  title and summary in other languages, by language code ({@code de}); each
 *                      entry's {@code language}, when given, must be its key
 */
record PracticeRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String summary,
        @Size(max = 10000) String purpose,
        @Size(max = 10000) String rationale,
        @Size(max = 20000) String approach,
        @Size(max = 10000) String whatWorked,
        @Size(max = 10000) String whatDidNot,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> targetGroups,
        @Size(max = 10000) String results,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> linkedActions,
        @Size(max = 10) List<@NotBlank @Size(max = 60) String> themes,
        @Size(max = 10) List<@NotNull @Min(1) @Max(99) Integer> linesOfWork,
        @Pattern(regexp = LANGUAGES) String language,
        @Size(max = 4) Map<@Pattern(regexp = LANGUAGES) String, @Valid @NotNull TranslationJson> translations,
        @Valid ContactJson contactPerson,
        Visibility visibility,
        @Size(max = 20) Set<@NotBlank @Size(max = 100) String> sharedWithGroups) {

    static final String LANGUAGES = "nl|de|en|fr";

    record TranslationJson(@Pattern(regexp = LANGUAGES) String language, @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String summary) {
    }

    record ContactJson(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
            @Email @Size(max = 200) String email, @Size(max = 50) String phone) {
    }

    PracticeContent toContent() {
        Map<Language, Translation> translated = new EnumMap<>(Language.class);
        if (translations != null) {
            translations.forEach((code, translation) -> translated.put(Language.ofCode(code),
                    new Translation(Language.ofCode(translation.language() == null ? code : translation.language()),
                            translation.title(), translation.summary())));
        }
        return new PracticeContent(title, summary, purpose, rationale, approach, whatWorked, whatDidNot, targetGroups,
                results, linkedActions, themes, linesOfWork, language == null ? null : Language.ofCode(language),
                translated,
                contactPerson == null ? null : new ContactPerson(contactPerson.name(), contactPerson.role(),
                        contactPerson.email(), contactPerson.phone()));
    }
}
