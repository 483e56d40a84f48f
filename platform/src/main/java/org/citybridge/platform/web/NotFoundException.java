package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 404. Also used for another city's private data, so that its existence is not revealed. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + " " + id + " was not found");
    }
}
