package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 400 for a request the web layer itself cannot take, e.g. an upload without its file part. */
public class BadRequestException extends ProblemException {

    public BadRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}
