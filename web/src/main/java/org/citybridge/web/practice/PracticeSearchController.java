package org.citybridge.web.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finding practices: free text in any of the network's languages, narrowed by the facets the API counts (city,
 * theme, target group, language, line of work), each value with how many practices it would leave.
 */
@Controller
class PracticeSearchController {

    /** The API's facet dimensions, in the order the page shows them; also the only filters passed on. */
    static final List<String> FACETS = List.of("municipality", "theme", "language", "lineOfWork", "targetGroup");
    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY = 500;

    private final RestClient api;
    private final ApiAddress address;
    private final Vocabulary vocabulary;
    private final MessageSource messages;
    private final Highlights highlights;

    PracticeSearchController(RestClient gatewayApi, ApiAddress address, Vocabulary vocabulary, MessageSource messages,
            Highlights highlights) {
        this.api = gatewayApi;
        this.highlights = highlights;
        this.address = address;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    /** A hit with its snippets as HTML that is safe to insert. */
    record Found(SearchResult.Hit hit, List<Snippet> snippets) {
    }

    record Snippet(String field, String html) {
    }

    record Facet(String name, List<FacetValue> values) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    @GetMapping("/practices")
    String search(@RequestParam MultiValueMap<String, String> params, Model model) {
        String q = first(params, "q");
        String sort = "date".equals(first(params, "sort")) ? "date" : "relevance";
        int page = Math.max(0, Math.min(parse(first(params, "page")), 999));
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (q != null && !q.isBlank()) {
            // The API reads at most 500 characters of a query (more is 400): a longer paste is searched by its start.
            String words = q.strip();
            query.add("q", words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words);
        }
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = params.getOrDefault(facet, List.of()).stream()
                    .filter(value -> value != null && !value.isBlank()).distinct().limit(20).toList();
            selected.put(facet, values);
            if (!values.isEmpty()) {
                query.put(facet, values);
            }
        }
        query.add("sort", sort);
        query.add("page", String.valueOf(page));
        query.add("size", String.valueOf(PAGE_SIZE));
        SearchResult result = api.get().uri(address.with("/api/practices/search", query)).retrieve()
                .body(SearchResult.class);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sort);
        model.addAttribute("result", result);
        model.addAttribute("found", result.items().stream().map(this::found).toList());
        model.addAttribute("facets", facets(result, selected));
        model.addAttribute("filtered", selected.values().stream().anyMatch(values -> !values.isEmpty()));
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("pages", pages);
        model.addAttribute("previous", page > 0 ? pageLink(params, page - 1) : null);
        model.addAttribute("next", page + 1 < pages ? pageLink(params, page + 1) : null);
        return "knowledge/practices";
    }

    private Found found(SearchResult.Hit hit) {
        List<Snippet> snippets = new ArrayList<>();
        if (hit.snippets() != null) {
            hit.snippets().forEach((field, text) -> snippets.add(new Snippet(field, highlights.safe(text))));
        }
        return new Found(hit, snippets);
    }

    private List<Facet> facets(SearchResult result, Map<String, List<String>> selected) {
        List<Facet> facets = new ArrayList<>();
        for (String name : FACETS) {
            List<SearchResult.FacetCount> counts = result.facets().getOrDefault(name, List.of());
            List<String> chosen = selected.getOrDefault(name, List.of());
            List<FacetValue> values = new ArrayList<>();
            counts.forEach(count -> values.add(new FacetValue(count.value(), label(name, count.value()), count.count(),
                    chosen.contains(count.value()))));
            // A chosen value the API no longer counts stays visible, so that it can be unticked.
            chosen.stream().filter(value -> counts.stream().noneMatch(count -> count.value().equals(value)))
                    .forEach(value -> values.add(new FacetValue(value, label(name, value), 0, true)));
            if (!values.isEmpty()) {
                facets.add(new Facet(name, values));
            }
        }
        return facets;
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "municipality" -> vocabulary.city(value);
            case "theme" -> vocabulary.theme(value);
            case "language", "lineOfWork" -> messages.getMessage("knowledge." + facet + "." + value, null, value,
                    LocaleContextHolder.getLocale());
            default -> value;
        };
    }

    private static String pageLink(MultiValueMap<String, String> params, int page) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>(params);
        kept.remove("lang");
        return UriComponentsBuilder.fromPath("/practices").queryParams(kept).replaceQueryParam("page", page)
                .build().encode().toUriString();
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        return params.getFirst(name);
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.strip());
        }
        catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
