package org.citybridge.knowledge.practice.search;

import java.util.List;

import org.citybridge.knowledge.practice.Language;

/**
 * A search as asked: free text, facet drill-downs (OR within a dimension, AND across), order, page.
 *
 * @param text      free text; blank lists everything visible (newest first when sorted by date)
 * @param languages the languages the text is analysed in: all four unless the caller named one
 */
public record SearchQuery(String text, List<String> municipality, List<String> theme, List<String> targetGroup,
        List<String> language, List<String> lineOfWork, SearchOrder order, int page, int size,
        List<Language> languages) {

    public enum SearchOrder {
        RELEVANCE, DATE
    }

    public SearchQuery {
        municipality = municipality == null ? List.of() : List.copyOf(municipality);
        theme = theme == null ? List.of() : List.copyOf(theme);
        targetGroup = targetGroup == null ? List.of() : List.copyOf(targetGroup);
        language = language == null ? List.of() : List.copyOf(language);
        lineOfWork = lineOfWork == null ? List.of() : List.copyOf(lineOfWork);
        order = order == null ? SearchOrder.RELEVANCE : order;
        languages = languages == null || languages.isEmpty() ? List.of(Language.values()) : List.copyOf(languages);
    }
}
