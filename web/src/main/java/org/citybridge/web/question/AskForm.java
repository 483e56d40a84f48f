package org.citybridge.web.question;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A question as the officer fills it in. Its inputs carry the API's field names, so the API's field errors land next
 * to them. The asking city is not a field: the API takes it from the officer's token.
 *
 * @param themes words, comma-separated, as the asker names them
 */
record AskForm(String title, String body, String language, String themes, String audience,
        List<String> municipalities, String bridgeGroupId) {

    static final List<String> LANGUAGES = List.of("nl", "de", "en", "fr");
    static final List<String> AUDIENCES = List.of("MUNICIPALITIES", "NETWORK", "BRIDGE_GROUP");

    static AskForm empty(String language, String city) {
        return new AskForm("", "", LANGUAGES.contains(language) ? language : "nl", "", "MUNICIPALITIES",
                city == null ? List.of() : List.of(city), "");
    }

    static AskForm from(MultiValueMap<String, String> params) {
        List<String> cities = params.getOrDefault("municipalities", List.of()).stream()
                .filter(city -> city != null && !city.isBlank()).distinct().toList();
        return new AskForm(text(params, "title"), text(params, "body"), text(params, "language"),
                text(params, "themes"), text(params, "audience"), cities, text(params, "bridgeGroupId"));
    }

    /** Message keys by field, for what the page can tell itself; the API checks it all again. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title.isBlank()) {
            problems.put("title", "knowledge.question.error.title");
        }
        if (body.isBlank()) {
            problems.put("body", "knowledge.question.error.body");
        }
        if ("MUNICIPALITIES".equals(audience) && municipalities.isEmpty()) {
            problems.put("municipalities", "knowledge.question.error.municipalities");
        }
        if ("BRIDGE_GROUP".equals(audience) && bridgeGroupId.isBlank()) {
            problems.put("bridgeGroupId", "knowledge.question.error.bridgeGroup");
        }
        return problems;
    }

    Request toRequest() {
        String chosen = AUDIENCES.contains(audience) ? audience : "NETWORK";
        List<String> words = Arrays.stream(themes.split(",")).map(String::strip).filter(word -> !word.isEmpty())
                .distinct().toList();
        return new Request(title.strip(), body.strip(), LANGUAGES.contains(language) ? language : "nl", words, chosen,
                "MUNICIPALITIES".equals(chosen) ? municipalities : null,
                "BRIDGE_GROUP".equals(chosen) ? bridgeGroupId : null);
    }

    public boolean asks(String city) {
        return municipalities.contains(city);
    }

    record Request(String title, String body, String language, List<String> themes, String audience,
            List<String> municipalities, String bridgeGroupId) {
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }
}
