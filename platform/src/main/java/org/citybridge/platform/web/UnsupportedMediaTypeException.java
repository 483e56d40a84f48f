package org.citybridge.platform.web;

import org.springframework.http.HttpStatus;

/** Answers 415: the uploaded content is of a type this endpoint does not accept (judged by the content). */
public class UnsupportedMediaTypeException extends ProblemException {

    public UnsupportedMediaTypeException(String message) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
