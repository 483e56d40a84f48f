package org.citybridge.platform.web;

/** Answers 428: a change that must say which version it replaces came without an If-Match header. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
