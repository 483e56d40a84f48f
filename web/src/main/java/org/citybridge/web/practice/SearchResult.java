package org.citybridge.web.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of {@code GET /api/practices/search}: the hits with their highlighted snippets, and the facet counts. */
record SearchResult(List<Hit> items, int page, int size, long total, Map<String, List<FacetCount>> facets) {

    SearchResult {
        items = items == null ? List.of() : items;
        facets = facets == null ? Map.of() : facets;
    }

    /** @param snippets a passage per matching field, the matched words between the API's {@code <mark>} markers */
    record Hit(String id, String title, String summary, String municipality, String language, List<String> themes,
            Instant publishedAt, Map<String, String> snippets) {
    }

    record FacetCount(String value, long count) {
    }
}
