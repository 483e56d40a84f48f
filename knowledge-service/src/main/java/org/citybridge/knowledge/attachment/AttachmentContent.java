package org.citybridge.knowledge.attachment;

import java.util.Optional;

/**
 * What an uploaded file really is, judged by its first bytes, never by its name or the type the client
 * claims: a text file renamed {@code .pdf} is refused. PDF, PNG and JPEG only.
 */
public final class AttachmentContent {

    /** 10 MiB: a scanned report fits, a video does not. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private AttachmentContent() {
    }

    /** The content type the bytes are, if they are one of the accepted ones. */
    public static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
