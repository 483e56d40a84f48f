package org.citybridge.platform.domain;

import java.util.Objects;

/**
 * A value breaks a rule only the domain can check. It names the property in the domain's words;
 * where a request spells it differently, the web layer maps it (a client sees 400 with that field).
 */
public class InvalidValueException extends DomainException {

    private final String property;
    private final String reason;

    public InvalidValueException(String property, String reason) {
        super(property + " " + reason);
        this.property = Objects.requireNonNull(property);
        this.reason = Objects.requireNonNull(reason);
    }

    public String property() {
        return property;
    }

    public String reason() {
        return reason;
    }
}
