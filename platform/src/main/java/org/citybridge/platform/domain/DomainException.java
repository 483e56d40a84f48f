package org.citybridge.platform.domain;

/**
 * A rule of the domain said no. Domain classes and services throw the named subclasses, which know
 * nothing of HTTP; the web layer ({@code ProblemHandler}) decides what each one means to a client.
 * Anything else that escapes a request is a programming error and is answered as one (500).
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
