package org.citybridge.web.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The names behind the codes the knowledge API answers with: themes ({@code volunteering} is "Ehrenamt" to a German
 * reader) and cities ({@code muenster} is "Münster"). Both lists change when a city joins or the vocabulary grows, so
 * they are kept for a few minutes rather than asked for on every page. Templates: {@code ${@vocabulary.theme(code)}}.
 */
@Component("vocabulary")
public class Vocabulary {

    static final Duration KEPT = Duration.ofMinutes(5);

    private final RestClient api;
    private final Texts texts;
    private final Clock clock;
    // Kept apart: visitors may read the themes but not the member list, and a page that needs only one list must
    // not ask for the other.
    private volatile Kept<Theme> themes = Kept.none();
    private volatile Kept<String> cities = Kept.none();

    @Autowired
    Vocabulary(RestClient gatewayApi, Texts texts) {
        this(gatewayApi, texts, Clock.systemUTC());
    }

    Vocabulary(RestClient gatewayApi, Texts texts, Clock clock) {
        this.api = gatewayApi;
        this.texts = texts;
        this.clock = clock;
    }

    record Theme(String code, Map<String, String> labels) {
    }

    record Municipality(String id, String name) {
    }

    record Municipalities(List<Municipality> items) {
    }

    /** A list as fetched, and when; an empty one (the API was away) is asked for again at once. */
    private record Kept<T>(Map<String, T> byKey, Instant at) {

        static <T> Kept<T> none() {
            return new Kept<>(Map.of(), Instant.MIN);
        }

        boolean fresh(Instant now) {
            return !byKey.isEmpty() && at.plus(KEPT).isAfter(now);
        }
    }

    /** The themes in the vocabulary's order, each with its label in the reader's language. */
    public List<Choice> themes() {
        return currentThemes().values().stream().map(theme -> new Choice(theme.code(), label(theme))).toList();
    }

    /** Every member city, by id, with its name. */
    public List<Choice> cities() {
        return currentCities().entrySet().stream().map(city -> new Choice(city.getKey(), city.getValue())).toList();
    }

    public String theme(String code) {
        Theme theme = currentThemes().get(code);
        return theme == null ? code : label(theme);
    }

    public String city(String id) {
        return id == null ? "" : currentCities().getOrDefault(id, id);
    }

    /** Every theme code with its label in the reader's language. */
    public Map<String, String> themeLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        currentThemes().values().forEach(theme -> labels.put(theme.code(), label(theme)));
        return labels;
    }

    /** A code with the words a person reads for it. */
    public record Choice(String value, String label) {
    }

    // The reader's language, else English (read by more people than a code), else the code.
    private String label(Theme theme) {
        Map<String, String> labels = theme.labels() == null ? Map.of() : theme.labels();
        for (String language : List.of(texts.reader(), "en")) {
            String label = labels.get(language);
            if (label != null && !label.isBlank()) {
                return label;
            }
        }
        return theme.code();
    }

    private Map<String, Theme> currentThemes() {
        Kept<Theme> now = themes;
        if (!now.fresh(clock.instant())) {
            now = new Kept<>(fetchThemes(now.byKey()), clock.instant());
            themes = now;
        }
        return now.byKey();
    }

    private Map<String, String> currentCities() {
        Kept<String> now = cities;
        if (!now.fresh(clock.instant())) {
            now = new Kept<>(fetchCities(now.byKey()), clock.instant());
            cities = now;
        }
        return now.byKey();
    }

    // Without the lists a page still works, showing codes: never fail a page for a name.
    private Map<String, Theme> fetchThemes(Map<String, Theme> before) {
        try {
            Theme[] themes = api.get().uri("/api/themes").retrieve().body(Theme[].class);
            Map<String, Theme> byCode = new LinkedHashMap<>();
            if (themes != null) {
                for (Theme theme : themes) {
                    byCode.put(theme.code(), theme);
                }
            }
            return byCode;
        }
        catch (ApiProblem | RestClientException unavailable) {
            return before;
        }
    }

    private Map<String, String> fetchCities(Map<String, String> before) {
        try {
            Municipalities page = api.get().uri("/api/municipalities?size=100").retrieve().body(Municipalities.class);
            Map<String, String> byId = new LinkedHashMap<>();
            if (page != null && page.items() != null) {
                page.items().forEach(city -> byId.put(city.id(), city.name()));
            }
            return byId;
        }
        catch (ApiProblem | RestClientException unavailable) {
            return before;
        }
    }
}
