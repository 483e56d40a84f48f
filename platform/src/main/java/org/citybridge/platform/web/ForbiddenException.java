package org.citybridge.platform.web;

/** Answers 403: the caller is known but may not do this (for data it may see, but not change). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
