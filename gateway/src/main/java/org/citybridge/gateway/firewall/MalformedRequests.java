package org.citybridge.gateway.firewall;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What makes a request malformed before anything reads it: the reason in words a client can act on, or
 * nothing. Stricter than HTTP itself on purpose: every path, parameter and header the API uses is plain
 * percent-encoded UTF-8 or ASCII, so anything else is a mistake or a probe, and the services behind the
 * gateway should never have to decide what such bytes mean.
 */
final class MalformedRequests {

    private MalformedRequests() {
    }

    static Optional<String> problemWith(ServerHttpRequest request) {
        String rawPath = request.getURI().getRawPath();
        Optional<String> path = checkEncoded(rawPath == null ? "" : rawPath, "The path", false);
        if (path.isPresent()) {
            return path;
        }
        String rawQuery = request.getURI().getRawQuery();
        if (rawQuery != null) {
            Optional<String> query = checkQuery(rawQuery);
            if (query.isPresent()) {
                return query;
            }
        }
        return checkHeaders(request.getHeaders().headerSet());
    }

    private static Optional<String> checkQuery(String rawQuery) {
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = checkEncoded(rawName, "A query parameter's name", true);
            if (name.isPresent()) {
                return name;
            }
            // q[$regex]=... is how query-string parsers elsewhere build operator objects; our parameters are
            // plain names, so a bracket in one is never something a service should be asked to interpret.
            String decodedName = decode(rawName, true);
            if (decodedName.indexOf('[') >= 0 || decodedName.indexOf(']') >= 0) {
                return Optional.of("Query parameter names may not contain '[' or ']'.");
            }
            if (equals >= 0) {
                Optional<String> value = checkEncoded(pair.substring(equals + 1), "A query parameter's value", true);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    // Header values travel as ISO-8859-1; anything beyond printable ASCII would reach a service as characters
    // nobody chose, and the services' own firewalls refuse them anyway.
    private static Optional<String> checkHeaders(Iterable<Map.Entry<String, List<String>>> headers) {
        for (Map.Entry<String, List<String>> header : headers) {
            if (!isPrintableAscii(header.getKey(), false)) {
                return Optional.of("A header name holds characters outside printable ASCII.");
            }
            for (String value : header.getValue()) {
                if (!isPrintableAscii(value, true)) {
                    return Optional.of("The header " + header.getKey() + " holds characters outside printable ASCII.");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPrintableAscii(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && !(tabAllowed && c == '\t')) || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** One part of the address as sent: valid percent-encoding of valid UTF-8 without control characters. */
    private static Optional<String> checkEncoded(String raw, String part, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.of(part + " holds a '%' that is not followed by two hexadecimal digits.");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            }
            else if (c <= 0x20 || c > 0x7E) {
                return Optional.of(part + " holds characters that must be percent-encoded.");
            }
            else {
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        }
        catch (CharacterCodingException e) {
            return Optional.of(part + " is not valid UTF-8 once percent-decoded.");
        }
        if (decoded.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(part + " holds control characters.");
        }
        return Optional.empty();
    }

    // Only called on text checkEncoded accepted.
    private static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            }
            else {
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
