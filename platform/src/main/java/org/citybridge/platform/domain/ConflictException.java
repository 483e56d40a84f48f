package org.citybridge.platform.domain;

import java.util.Map;

/**
 * The current state does not allow the change: a pact that is already published, a second signature
 * of one organisation, a member that already joined (a client sees 409).
 */
public class ConflictException extends DomainException {

    private final String title;
    private final Map<String, Object> details;

    public ConflictException(String message) {
        this(message, null, Map.of());
    }

    /** A conflict the client can act on: {@code details} become members of the problem (where the existing one is). */
    protected ConflictException(String message, String title, Map<String, Object> details) {
        super(message);
        this.title = title;
        this.details = Map.copyOf(details);
    }

    /** The problem's title, or null for the status's own. */
    public String title() {
        return title;
    }

    public Map<String, Object> details() {
        return details;
    }
}
