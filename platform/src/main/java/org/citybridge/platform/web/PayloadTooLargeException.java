package org.citybridge.platform.web;

/** Answers 413: the uploaded content is larger than this endpoint accepts. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
