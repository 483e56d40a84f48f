package org.citybridge.events.ticket;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;

/**
 * The ticket secret a QR code carries, after pretix's {@code secrets.py}: the bytes are a version byte,
 * the payload's length and the signature's length (two bytes each, big-endian), the payload, and an
 * Ed25519 signature of the payload by the congress's private key; written as base64url without padding
 * (QR- and URL-safe). A door device holding only the congress's public key can tell a real ticket from
 * a forged or edited one, offline.
 */
public final class TicketSecrets {

    public static final byte VERSION = 1;
    public static final String ALGORITHM = "Ed25519";
    private static final int HEADER = 5;
    private static final int SIGNATURE_LENGTH = 64;
    private static final int MAX_PAYLOAD = 4096;
    /** Longer than any secret this service writes: refused before decoding. */
    public static final int MAX_SECRET_LENGTH = 8000;

    private TicketSecrets() {
    }

    /** A secret as it was read: not yet known to be genuine ({@link #signedBy}). */
    public record SignedTicket(TicketPayload payload, byte[] payloadBytes, byte[] signature) {

        /** Whether the payload was signed by the private half of this key. */
        public boolean signedBy(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance(ALGORITHM);
                verifier.initVerify(key);
                verifier.update(payloadBytes);
                return verifier.verify(signature);
            } catch (InvalidKeyException | SignatureException e) {
                return false;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This JVM has no " + ALGORITHM + " (Java 15 or later has)", e);
            }
        }
    }

    public static String sign(TicketPayload payload, PrivateKey key) {
        byte[] bytes = payload.toBytes();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(bytes);
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The ticket could not be signed", e);
        }
        ByteBuffer secret = ByteBuffer.allocate(HEADER + bytes.length + signature.length)
                .put(VERSION).putShort((short) bytes.length).putShort((short) signature.length)
                .put(bytes).put(signature);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret.array());
    }

    /**
     * Reads a secret's parts; throws {@link MalformedTicketSecretException} for anything that is not
     * one (wrong alphabet, version, lengths), whatever its signature.
     */
    public static SignedTicket parse(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
            throw new MalformedTicketSecretException("is empty or too long");
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new MalformedTicketSecretException("is not base64url");
        }
        if (raw.length < HEADER) {
            throw new MalformedTicketSecretException("is too short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        if (buffer.get() != VERSION) {
            throw new MalformedTicketSecretException("has an unknown version");
        }
        int payloadLength = Short.toUnsignedInt(buffer.getShort());
        int signatureLength = Short.toUnsignedInt(buffer.getShort());
        if (signatureLength != SIGNATURE_LENGTH || payloadLength == 0 || payloadLength > MAX_PAYLOAD
                || raw.length != HEADER + payloadLength + signatureLength) {
            throw new MalformedTicketSecretException("has lengths that do not add up");
        }
        byte[] payload = new byte[payloadLength];
        byte[] signature = new byte[signatureLength];
        buffer.get(payload).get(signature);
        return new SignedTicket(TicketPayload.fromBytes(payload), payload, signature);
    }

    /** Whether a scanned text has the shape of a secret rather than of a registration code. */
    public static boolean looksLikeSecret(String text) {
        return text != null && text.strip().length() > 40;
    }
}
