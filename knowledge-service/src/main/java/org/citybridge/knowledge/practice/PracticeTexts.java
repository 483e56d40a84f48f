package org.citybridge.knowledge.practice;

import java.util.List;

/**
 * A practice's texts as another feature (the handbook) quotes them, read for a caller who may see it.
 *
 * @param results the results in the officers' words, then one line per linked action's indicator
 */
public record PracticeTexts(String id, String municipality, Language language, String title, String summary,
        String purpose, String rationale, String approach, String whatWorked, String whatDidNot, String results,
        List<String> targetGroups, String contactPerson) {
}
