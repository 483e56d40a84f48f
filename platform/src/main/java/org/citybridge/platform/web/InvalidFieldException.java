package org.citybridge.platform.web;

import java.util.Objects;

import org.springframework.http.HttpStatus;

/**
 * A 400 naming the offending field of the request as the client wrote it ({@code commitments[2].lineOfWork}).
 * The web layer throws it where a domain rule's answer must be put in the request's words.
 */
public class InvalidFieldException extends ProblemException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(HttpStatus.BAD_REQUEST, field + " " + reason);
        this.field = Objects.requireNonNull(field);
        this.reason = Objects.requireNonNull(reason);
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
