package org.citybridge.organisations.pact;

/**
 * A request that breaks a rule only the pact can check (a line of work it does not have, an
 * organisation of another city): answered as a 400 with the offending field, like a validation error.
 * It is an {@link IllegalArgumentException} so that it is a 400 wherever it is handled.
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
