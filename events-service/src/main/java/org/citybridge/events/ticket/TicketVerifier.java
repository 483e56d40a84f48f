package org.citybridge.events.ticket;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Checks a ticket secret as a door device does, offline: with only the congress's public key(s) and the
 * revocation list it downloaded, no database and no network. The order follows pretix's offline
 * scanner: the shape, the signature (a forged or edited ticket fails here), the revocation list, then the
 * validity window.
 */
public final class TicketVerifier {

    public enum Outcome {
        /** Genuine, not revoked, valid now. */
        VALID,
        /** Not a ticket secret at all. */
        MALFORMED,
        /** Not signed by any of the congress's keys: forged, edited or another congress's. */
        INVALID_SIGNATURE,
        REVOKED,
        NOT_YET_VALID,
        EXPIRED
    }

    /** The outcome, with the payload when the signature was genuine (null otherwise). */
    public record Verification(Outcome outcome, TicketPayload payload) {

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    private final List<PublicKey> publicKeys;
    private final Set<String> revokedTicketIds;

    public TicketVerifier(Collection<PublicKey> publicKeys, Collection<String> revokedTicketIds) {
        this.publicKeys = List.copyOf(publicKeys);
        this.revokedTicketIds = Set.copyOf(revokedTicketIds);
    }

    public Verification verify(String secret, Instant now) {
        TicketSecrets.SignedTicket ticket;
        try {
            ticket = TicketSecrets.parse(secret);
        } catch (MalformedTicketSecretException e) {
            return new Verification(Outcome.MALFORMED, null);
        }
        if (publicKeys.stream().noneMatch(ticket::signedBy)) {
            return new Verification(Outcome.INVALID_SIGNATURE, null);
        }
        TicketPayload payload = ticket.payload();
        if (revokedTicketIds.contains(payload.ticketId())) {
            return new Verification(Outcome.REVOKED, payload);
        }
        if (payload.validFrom() != null && now.isBefore(payload.validFrom())) {
            return new Verification(Outcome.NOT_YET_VALID, payload);
        }
        if (payload.validUntil() != null && now.isAfter(payload.validUntil())) {
            return new Verification(Outcome.EXPIRED, payload);
        }
        return new Verification(Outcome.VALID, payload);
    }

    /** A public key as {@code GET /api/congresses/{id}/ticket-keys} gives it (X.509, base64). */
    public static PublicKey publicKey(String x509Base64) {
        try {
            return KeyFactory.getInstance(TicketSecrets.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(x509Base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an " + TicketSecrets.ALGORITHM + " public key in X.509 base64", e);
        }
    }
}
