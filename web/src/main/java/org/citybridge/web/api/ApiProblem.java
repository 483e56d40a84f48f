package org.citybridge.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer of the API that is not a success, as its RFC 9457 problem says. Pages catch it where the person can
 * do something about it (a form's field errors, a stale edit); {@link PageErrors} shows the rest.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String title, String detail, List<FieldProblem> errors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The service's sentence for a person; may be null. */
    public String detail() {
        return detail;
    }

    /** Field by field, when the service named them (validation). */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** The messages by the field the service named, several for one field joined; in the service's order. */
    public Map<String, String> messagesByField() {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.merge(error.field(), error.message(), (first, second) -> first + "; " + second));
        return byField;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** Someone else saved first (stale If-Match or version). */
    public boolean isConflict() {
        return status == 409 || status == 412;
    }

    public record FieldProblem(String field, String message) {
    }
}
