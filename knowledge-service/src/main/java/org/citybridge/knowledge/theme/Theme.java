package org.citybridge.knowledge.theme;

import java.util.List;
import java.util.Map;

/**
 * A theme of the controlled vocabulary practices are tagged with.
 *
 * @param code     the stable code practices carry ({@code volunteering})
 * @param labels   its name by language code ({@code nl}, {@code de}, {@code en}, {@code fr})
 * @param keywords words that mean the theme, by language: a search for one of them also finds the
 *                 practices tagged with the theme, whatever language they are written in
 * @param source   where in the seeds the theme comes from
 */
public record Theme(String code, Map<String, String> labels, Map<String, List<String>> keywords, String source) {

    public Theme {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    }

    /** The label and the keywords of one language: every phrase that means this theme in it. */
    public List<String> phrases(String language) {
        List<String> phrases = new java.util.ArrayList<>();
        if (labels.containsKey(language)) {
            phrases.add(labels.get(language));
        }
        phrases.addAll(keywords.getOrDefault(language, List.of()));
        return phrases;
    }
}
