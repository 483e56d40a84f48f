package org.citybridge.web.organise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.citybridge.web.api.ApiProblem;

/**
 * The API's field errors by the form field they belong to: "title[nl]" and "title" both go to the title fields,
 * "sessions[0].capacity" to capacity. What names no field of the form is shown at the top.
 */
public final class FieldErrors {

    public static final String GENERAL = "general";

    private final Map<String, String> byField = new LinkedHashMap<>();

    static FieldErrors none() {
        return new FieldErrors();
    }

    static FieldErrors of(ApiProblem problem, Set<String> formFields) {
        FieldErrors errors = new FieldErrors();
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = field(error.field());
            errors.add(formFields.contains(field) ? field : GENERAL, error.message());
        }
        if (errors.byField.isEmpty()) {
            errors.add(GENERAL, problem.detail() != null ? problem.detail() : problem.title());
        }
        return errors;
    }

    private static String field(String apiField) {
        if (apiField == null) {
            return GENERAL;
        }
        String last = apiField.contains(".") ? apiField.substring(apiField.lastIndexOf('.') + 1) : apiField;
        int bracket = last.indexOf('[');
        return bracket > 0 ? last.substring(0, bracket) : last;
    }

    FieldErrors add(String field, String message) {
        byField.merge(field, message, (first, second) -> first + "; " + second);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }
}
