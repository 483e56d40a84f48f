package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A client-facing failure with its HTTP status; {@link ProblemHandler} answers it as a problem whose
 * detail is the message. Subclasses name the cases (not found, conflict, ...).
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;

    protected ProblemException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
