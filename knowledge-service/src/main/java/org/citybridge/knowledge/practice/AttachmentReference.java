package org.citybridge.knowledge.practice;

import java.time.Instant;

/** A file attached to a practice; the bytes live in the attachment store under {@code id}. */
public record AttachmentReference(String id, String fileName, String contentType, long size, Instant addedAt) {
}
