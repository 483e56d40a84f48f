package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 428: a change that must say which version it replaces came without an If-Match header. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String message) {
        super(HttpStatus.PRECONDITION_REQUIRED, message);
    }
}
