package org.citybridge.organisations.organisation.logo;

import java.util.Arrays;

import org.citybridge.platform.web.PayloadTooLargeException;
import org.citybridge.platform.web.UnsupportedMediaTypeException;

/**
 * Decides what an uploaded logo is from its bytes alone: the file name and the declared content type
 * are the uploader's claims, and a browser would trust the type we serve it under. PNG and JPEG are
 * recognised by their signatures; SVG is parsed (with a parser that reads no DTD and fetches nothing)
 * and sanitised, because an SVG is a document that can carry script.
 */
public final class LogoContent {

    public static final int MAX_BYTES = 1024 * 1024;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String SVG = "image/svg+xml";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** Content that passed the checks, ready to store and serve under {@code contentType}. */
    public record Accepted(byte[] content, String contentType) {
    }

    private LogoContent() {
    }

    /** @throws PayloadTooLargeException above 1 MiB; UnsupportedMediaTypeException unless PNG, JPEG or SVG */
    public static Accepted inspect(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new PayloadTooLargeException("A logo may be at most 1 MiB; this one has " + upload.length + " bytes.");
        }
        if (startsWith(upload, PNG_SIGNATURE)) {
            return new Accepted(upload, PNG);
        }
        if (startsWith(upload, JPEG_SIGNATURE)) {
            return new Accepted(upload, JPEG);
        }
        byte[] svg = SvgSanitiser.sanitise(upload)
                .orElseThrow(() -> new UnsupportedMediaTypeException("A logo must be a PNG, JPEG or SVG image."));
        return new Accepted(svg, SVG);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
