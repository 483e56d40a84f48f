package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 409: the request contradicts the current state (a duplicate, a stale version). */
public class ConflictException extends ProblemException {

    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
