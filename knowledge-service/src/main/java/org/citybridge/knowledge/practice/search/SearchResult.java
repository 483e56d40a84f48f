package org.citybridge.knowledge.practice.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of a search, with the facet counts of everything that matched and the caller may see. */
public record SearchResult(List<Hit> items, int page, int size, long total, Map<String, List<FacetCount>> facets) {

    /**
     * @param snippets a passage per matching field ({@code title}, {@code approach}, ...), the matched
     *                 words in {@code <mark>}; the text around them is HTML-escaped
     */
    public record Hit(String id, String title, String summary, String municipality, String language,
            List<String> themes, Instant publishedAt, Map<String, String> snippets) {
    }

    public record FacetCount(String value, long count) {
    }
}
