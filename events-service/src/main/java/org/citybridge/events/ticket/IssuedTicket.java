package org.citybridge.events.ticket;

import java.time.Instant;
import java.util.List;

/** A registration's current ticket: the secret its QR code carries, and what the secret says. */
public record IssuedTicket(String registrationId, String code, String congressId, String ticketId, String secret,
        List<String> sessionIds, Instant validFrom, Instant validUntil, Instant issuedAt) {
}
