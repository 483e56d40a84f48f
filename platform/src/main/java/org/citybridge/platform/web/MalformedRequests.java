package org.citybridge.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MultipartException;

/**
 * What makes a request malformed before any handler looks at it: a query string that is not
 * percent-encoded UTF-8, control characters in a parameter or header, parameter names that are not
 * plain words ({@code q[$regex]}, which Spring's data binder would try to follow as a property path).
 * Each check answers a short reason for the client, or null when the request is well formed.
 */
final class MalformedRequests {

    /** Our APIs name parameters in camelCase; anything else is a probe, not a mistake to guess at. */
    private static final String TOMCAT_INVALID_PARAMETER = "org.apache.tomcat.util.http.InvalidParameterException";

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private MalformedRequests() {
    }

    static String problemIn(HttpServletRequest request) {
        String query = problemInQuery(request.getQueryString());
        return query != null ? query : problemInHeaders(request);
    }

    static String problemInQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                return "the query string is not percent-encoded UTF-8";
            }
            if (!PARAMETER_NAME.matcher(name).matches()) {
                return "query parameter names are 1 to 64 letters, digits and . _ -";
            }
            if (hasControlCharacter(value)) {
                return "query parameter " + name + " contains a control character";
            }
        }
        return null;
    }

    static String problemInHeaders(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                // Tomcat reads header bytes as ISO-8859-1 and already refuses C0 controls; C1 controls
                // (0x80-0x9F, e.g. from UTF-8 sent raw) pass it, and Spring Security's firewall refuses
                // them later, whenever someone reads the header. Refusing here makes it the same 400 every time.
                if (hasControlCharacter(value.replace('\t', ' '))) {
                    return "header " + printable(name) + " contains a control character";
                }
            }
        }
        return null;
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** The percent-decoded text ({@code +} is a space), or null when it is not valid percent-encoded UTF-8. */
    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether {@code failure} comes of a malformed request rather than of our code: Tomcat's parameter
     * decoding (a form body that is not UTF-8), Spring Security's firewall, or Spring's data binder
     * asked to follow a bracketed parameter name.
     */
    static boolean isMalformedInput(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // A multipart body the container cannot split (no boundary, truncated part) is the client's;
            // one over the size limit never gets here (MaxUploadSizeExceededException has its own 413).
            if (cause instanceof RequestRejectedException || cause instanceof InvalidPropertyException
                    || cause instanceof MultipartException || TOMCAT_INVALID_PARAMETER.equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    /** A name fit to quote back to the client and into a log line. */
    static String printable(String text) {
        String plain = text.codePoints().map(c -> c < 0x20 || c > 0x7e ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return plain.length() > 64 ? plain.substring(0, 64) + "…" : plain;
    }
}
