package org.citybridge.platform.web;

/**
 * A request that breaks a rule only the domain can check (a line of work the pact does not have, an
 * organisation of another city): answered as a 400 with the offending field, like a validation error.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}
