package org.citybridge.events.registration;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The code a person reads out at the door ({@code K7QM-4TXP}: no 0/O, 1/I/L, nor U, so it survives being
 * typed from paper) and the management token that lets them change or cancel (32 random bytes, kept only
 * as its SHA-256).
 */
final class RegistrationCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Typed by a person: lower case, without the dash or with spaces, still finds the registration. */
    static String normalise(String typed) {
        String compact = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        return compact.length() == 8 ? compact.substring(0, 4) + "-" + compact.substring(4) : compact;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant time, so that the answer's timing says nothing about how much of a guess was right. */
    static boolean matches(String token, String storedHash) {
        return token != null && storedHash != null && MessageDigest.isEqual(
                hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
