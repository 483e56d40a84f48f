package org.citybridge.events.ticket;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a congress's private signing key before it is stored (AES-256-GCM, a fresh 12-byte IV
 * each time, the congress id as associated data so that a key copied to another congress's document
 * does not decrypt). A database dump alone does not let anyone forge tickets.
 */
final class PrivateKeyCipher {

    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    PrivateKeyCipher(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("citybridge.tickets.key-encryption-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("citybridge.tickets.key-encryption-key must be 32 bytes in base64 (AES-256), "
                    + "not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(byte[] plain, String congressId) {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(congressId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A private key could not be encrypted", e);
        }
    }

    byte[] decrypt(String stored, String congressId) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_LENGTH));
            cipher.updateAAD(congressId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, IV_LENGTH, bytes.length - IV_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The private ticket key of congress " + congressId + " does not decrypt: "
                    + "was citybridge.tickets.key-encryption-key changed?", e);
        }
    }
}
