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
    private volatile Known known = new Known(Map.of(), Map.of(), Instant.MIN);

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

    private record Known(Map<String, Theme> themes, Map<String, String> cities, Instant at) {
    }

    /** The themes in the vocabulary's order, each with its label in the reader's language. */
    public List<Choice> themes() {
        return current().themes().values().stream().map(theme -> new Choice(theme.code(), label(theme))).toList();
    }

    /** Every member city, by id, with its name. */
    public List<Choice> cities() {
        return current().cities().entrySet().stream().map(city -> new Choice(city.getKey(), city.getValue())).toList();
    }

    public String theme(String code) {
        Theme theme = current().themes().get(code);
        return theme == null ? code : label(theme);
    }

    public String city(String id) {
        return id == null ? "" : current().cities().getOrDefault(id, id);
    }

    /** A code with the words a person reads for it. */
    public record Choice(String value, String label) {
    }

    private String label(Theme theme) {
        String label = theme.labels() == null ? null : theme.labels().get(texts.reader());
        return label == null || label.isBlank() ? theme.code() : label;
    }

    private Known current() {
        Known now = known;
        if (now.at().plus(KEPT).isAfter(clock.instant()) && !now.themes().isEmpty() && !now.cities().isEmpty()) {
            return now;
        }
        Known fresh = new Known(fetchThemes(now.themes()), fetchCities(now.cities()), clock.instant());
        known = fresh;
        return fresh;
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
