package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 413: the uploaded content is larger than this endpoint accepts. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String message) {
        super(HttpStatus.CONTENT_TOO_LARGE, message);
    }
}
