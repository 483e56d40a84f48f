package org.citybridge.web.publicpractice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An answer of {@code GET /api/practices/public/search}: a page of hits with their snippets, and the facets. */
public record PracticeSearch(List<Hit> items, int page, int size, long total, Map<String, List<Facet>> facets) {

    public PracticeSearch {
        items = items == null ? List.of() : items;
        facets = facets == null ? Map.of() : facets;
    }

    public List<Facet> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /**
     * @param snippets per field, the passage that matched, HTML with {@code <mark>} around the matched words
     */
    public record Hit(String id, String title, String summary, String municipality, String language,
            List<String> themes, Instant publishedAt, Map<String, String> snippets) {

        public Hit {
            themes = themes == null ? List.of() : themes;
            snippets = snippets == null ? Map.of() : snippets;
        }

        /** The passage to show under the summary: the first field's that matched, other than title and summary. */
        public List<Snippets.Part> snippet() {
            return snippets.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals("title"))
                    .findFirst().map(entry -> Snippets.parts(entry.getValue())).orElse(List.of());
        }

        public List<Snippets.Part> markedTitle() {
            String marked = snippets.get("title");
            return marked == null ? List.of(new Snippets.Part(title, false)) : Snippets.parts(marked);
        }
    }

    public record Facet(String value, long count) {
    }
}
