package org.citybridge.knowledge.attachment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.citybridge.knowledge.attachment.AttachmentContent;
import org.citybridge.knowledge.attachment.AttachmentStore;
import org.citybridge.platform.web.BadRequestException;
import org.citybridge.platform.web.PayloadTooLargeException;
import org.citybridge.platform.web.UnsupportedMediaTypeException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way files come in and go out, for every owner of attachments (practices, studies): a
 * non-empty multipart field {@code file} (400), at most 10 MiB (413), a PDF, PNG or JPEG by its first
 * bytes (415); downloaded as an attachment the browser does not sniff.
 */
public final class Uploads {

    /** An upload that passed the checks: its name as a download offers it, its real type, its bytes. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    private Uploads() {
    }

    public static Upload checked(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("Send the file as a non-empty multipart field named 'file'.");
        }
        if (file.getSize() > AttachmentContent.MAX_BYTES) {
            throw new PayloadTooLargeException("A file may have at most 10 MiB; this one has "
                    + file.getSize() + " bytes.");
        }
        byte[] content = bytes(file);
        String type = AttachmentContent.typeOf(content).orElseThrow(() -> new UnsupportedMediaTypeException(
                "Files are PDF, PNG or JPEG; the content of this one is none of them."));
        return new Upload(fileName(file.getOriginalFilename()), type, content);
    }

    public static ResponseEntity<byte[]> download(AttachmentStore.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The name as a download offers it: no path, bounded. */
    private static String fileName(String original) {
        String name = original == null ? "attachment" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
