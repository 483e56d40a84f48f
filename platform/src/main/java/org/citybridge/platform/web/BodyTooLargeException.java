package org.citybridge.platform.web;

import java.io.IOException;

/**
 * Thrown by a request body's stream once it has given more bytes than the service accepts. An
 * {@link IOException}, as a stream's failures are, so that whoever reads the body stops there; the
 * platform answers 413 wherever it surfaces ({@link RequestBodyLimitFilter}, {@link ProblemHandler}).
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The exception somewhere in {@code failure}'s causes (a JSON parser or a filter may have wrapped it), or null. */
    public static BodyTooLargeException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
