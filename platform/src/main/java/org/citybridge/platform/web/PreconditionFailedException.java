package org.citybridge.platform.web;

/** Answers 412: the If-Match the client sent no longer matches the stored version. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
