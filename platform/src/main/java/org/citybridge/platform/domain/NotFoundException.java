package org.citybridge.platform.domain;

/**
 * The thing does not exist for this caller. Also used for another city's private data, so that its
 * existence is not revealed (a client sees 404).
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + " " + id + " was not found");
    }
}
