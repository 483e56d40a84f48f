package org.citybridge.platform.web;

/** Answers 503 with Retry-After: a service this request needs is down and there is no fallback. */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
