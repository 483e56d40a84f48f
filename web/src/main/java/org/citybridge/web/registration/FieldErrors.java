package org.citybridge.web.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.web.api.ApiProblem;

/**
 * The API's field errors, keyed by the form's field they belong next to ({@code sessions[0]} is the sessions
 * field); errors of fields the form does not have are kept for the summary at the top.
 */
public record FieldErrors(Map<String, String> byField, List<String> other) {

    static FieldErrors none() {
        return new FieldErrors(Map.of(), List.of());
    }

    static FieldErrors of(ApiProblem problem, Set<String> fields) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> other = new java.util.ArrayList<>();
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = field(error.field());
            if (field != null && fields.contains(field)) {
                byField.merge(field, error.message(), (first, second) -> first + "; " + second);
            }
            else {
                other.add(error.message());
            }
        }
        return new FieldErrors(byField, other);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty() || !other.isEmpty();
    }

    private static String field(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        int cut = path.length();
        for (char stop : new char[] { '[', '.' }) {
            int at = path.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return path.substring(0, cut);
    }
}
