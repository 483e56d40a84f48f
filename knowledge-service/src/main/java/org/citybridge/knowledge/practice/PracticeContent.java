package org.citybridge.knowledge.practice;

import java.util.List;
import java.util.Map;

/**
 * What officers write about a practice, replaced whole on each save (the previous one becomes a
 * revision). Structured as the Council of Europe's Intercultural Cities entries (purpose, rationale,
 * process, results), with what worked and what did not, which those entries lack.
 *
 * @param results       the results in the officers' words
 * @param linkedActions ids of actions whose indicators show the results; their latest values come from
 *                      actions-service's events
 * @param linesOfWork   numbers of the city's pact lines of work (1..4 in Almelo's pact)
 * @param translations  the title and summary in other languages, by language
 */
public record PracticeContent(String title, String summary, String purpose, String rationale, String approach,
        String whatWorked, String whatDidNot, List<String> targetGroups, String results, List<String> linkedActions,
        List<String> themes, List<Integer> linesOfWork, Language language, Map<Language, Translation> translations,
        ContactPerson contactPerson) {

    public PracticeContent {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        linkedActions = linkedActions == null ? List.of() : List.copyOf(linkedActions);
        themes = themes == null ? List.of() : List.copyOf(themes);
        linesOfWork = linesOfWork == null ? List.of() : List.copyOf(linesOfWork);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        language = language == null ? Language.NL : language;
    }
}
