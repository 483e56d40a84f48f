package org.citybridge.platform.web;

/** Answers 415: the uploaded content is of a type this endpoint does not accept (judged by the content). */
public class UnsupportedMediaTypeException extends RuntimeException {

    public UnsupportedMediaTypeException(String message) {
        super(message);
    }
}
