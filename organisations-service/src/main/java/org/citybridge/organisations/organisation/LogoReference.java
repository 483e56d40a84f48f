package org.citybridge.organisations.organisation;

import java.time.Instant;

/**
 * What the organisation knows of its logo; the bytes are in GridFS ({@code logo.LogoStore}).
 *
 * @param etag the quoted entity tag of the stored content
 */
public record LogoReference(String contentType, long size, String etag, Instant uploadedAt) {
}
