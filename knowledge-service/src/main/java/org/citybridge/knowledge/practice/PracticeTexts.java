package org.citybridge.knowledge.practice;

import java.util.List;
import java.util.Map;

/**
 * A practice's texts as another feature (the handbook) quotes them, read for a caller who may see it.
 *
 * @param results      the results in the officers' words, then one line per linked action's indicator
 * @param translations the title and summary in other languages, as people translated them
 */
public record PracticeTexts(String id, String municipality, Language language, String title, String summary,
        String purpose, String rationale, String approach, String whatWorked, String whatDidNot, String results,
        List<String> targetGroups, String contactPerson, Map<Language, Translation> translations) {

    public PracticeTexts {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** Texts of a practice nobody translated. */
    public PracticeTexts(String id, String municipality, Language language, String title, String summary,
            String purpose, String rationale, String approach, String whatWorked, String whatDidNot, String results,
            List<String> targetGroups, String contactPerson) {
        this(id, municipality, language, title, summary, purpose, rationale, approach, whatWorked, whatDidNot, results,
                targetGroups, contactPerson, Map.of());
    }
}
