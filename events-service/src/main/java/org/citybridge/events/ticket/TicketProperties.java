package org.citybridge.events.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code citybridge.tickets.*}.
 *
 * @param keyEncryptionKey base64 of 32 bytes (AES-256): the key that encrypts the congresses' private
 *                         signing keys in MongoDB. The embedded default ships one so that the demo
 *                         runs; a real deployment sets {@code CITYBRIDGE_TICKET_KEY_ENCRYPTION_KEY}
 *                         from its secret store, the same value on every instance.
 */
@ConfigurationProperties("citybridge.tickets")
public record TicketProperties(String keyEncryptionKey) {
}
