package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 412: the If-Match the client sent no longer matches the stored version. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String message) {
        super(HttpStatus.PRECONDITION_FAILED, message);
    }
}
