package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 403: the caller is known but may not do this (for data it may see, but not change). */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}
