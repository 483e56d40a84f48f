package org.citybridge.platform.web;

/** Answers 409: the request contradicts the current state (a duplicate, a stale version). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
