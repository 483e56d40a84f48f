package org.citybridge.platform.web;

/** Answers 404. Also used for another city's private data, so that its existence is not revealed. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + " " + id + " was not found");
    }
}
