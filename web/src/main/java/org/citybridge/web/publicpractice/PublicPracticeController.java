package org.citybridge.web.publicpractice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Texts;
import org.citybridge.web.practice.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The practices cities published for everyone: a search (knowledge-service's, in every language at once) and
 * each practice in full. Anyone may read them; anything not published as PUBLIC is 404.
 */
@Controller
class PublicPracticeController {

    static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY = 200;

    private final RestClient api;
    private final Texts texts;
    private final Vocabulary vocabulary;

    PublicPracticeController(RestClient gatewayApi, Texts texts, Vocabulary vocabulary) {
        this.api = gatewayApi;
        this.texts = texts;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/public/practices")
    String search(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "municipality", required = false) String municipality,
            @RequestParam(name = "theme", required = false) String theme,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String q = query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        int wanted = Math.max(0, Math.min(page, 500));
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/practices/public/search")
                .queryParam("q", "{q}").queryParam("page", wanted).queryParam("size", PAGE_SIZE);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", q);
        if (municipality != null && !municipality.isBlank()) {
            uri.queryParam("municipality", "{municipality}");
            values.put("municipality", municipality);
        }
        if (theme != null && !theme.isBlank()) {
            uri.queryParam("theme", "{theme}");
            values.put("theme", theme);
        }
        PracticeSearch found;
        try {
            found = api.get().uri(uri.build().toUriString(), values).retrieve().body(PracticeSearch.class);
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            found = new PracticeSearch(List.of(), wanted, PAGE_SIZE, 0, Map.of());
            model.addAttribute("refused", problem.detail());
        }
        model.addAttribute("q", q);
        model.addAttribute("municipality", municipality);
        model.addAttribute("theme", theme);
        model.addAttribute("found", found);
        model.addAttribute("themes", vocabulary.themeLabels());
        return "public/practices";
    }

    @GetMapping("/public/practices/{practiceId}")
    String practice(@PathVariable String practiceId, Model model) {
        PublicPractice practice = api.get().uri("/api/practices/public/{id}", practiceId).retrieve()
                .body(PublicPractice.class);
        model.addAttribute("practice", practice);
        model.addAttribute("shown", practice.shown(texts.reader()));
        model.addAttribute("themes", vocabulary.themeLabels());
        return "public/practice";
    }
}
