package org.citybridge.knowledge.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.search.SearchText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * The themes shipped with the service ({@code themes/themes.json}), seeded from Antwerp's societal and
 * organisational challenges and Almelo's goals. A file, not a collection: every instance has the same
 * vocabulary, and a change is a release, reviewed like code.
 */
@Component
public class ThemeVocabulary {

    static final String RESOURCE = "themes/themes.json";

    private final Map<String, Theme> themes = new LinkedHashMap<>();

    public ThemeVocabulary() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<Theme> read = EventJson.mapper().readValue(in, new TypeReference<List<Theme>>() {
            });
            read.forEach(theme -> themes.put(theme.code(), theme));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public Collection<Theme> all() {
        return themes.values();
    }

    public Optional<Theme> find(String code) {
        return Optional.ofNullable(themes.get(code));
    }

    public boolean contains(String code) {
        return themes.containsKey(code);
    }

    /**
     * The code of the theme a word names: the code itself, or a label or keyword in any language,
     * regardless of case and accents ("Vrijwilligers", "bénévolat" and "volunteering" are all
     * {@code volunteering}); empty when it names none.
     */
    public Optional<String> codeFor(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        if (themes.containsKey(word.strip())) {
            return Optional.of(word.strip());
        }
        String wanted = SearchText.normalise(word);
        return themes.values().stream()
                .filter(theme -> theme.labels().values().stream()
                        .anyMatch(label -> SearchText.normalise(label).equals(wanted))
                        || theme.keywords().values().stream().flatMap(List::stream)
                                .anyMatch(keyword -> SearchText.normalise(keyword).equals(wanted)))
                .map(Theme::code).findFirst();
    }
}
