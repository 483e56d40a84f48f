package org.citybridge.events.ticket;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The congresses' signing keys: made on first use, one per congress, the private half encrypted at rest. */
@Component
class TicketKeys {

    private final TenantStore<CongressKey> keys;
    private final PrivateKeyCipher cipher;
    /** Milliseconds, as MongoDB stores them: an answer read back equals the answer given. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    TicketKeys(AggregateStores stores, TicketProperties properties) {
        this.keys = stores.tenantOwned(CongressKey.class);
        this.cipher = new PrivateKeyCipher(properties.keyEncryptionKey());
    }

    /** The congress's key, made now if it has none; when two make it at once, both use the one stored first. */
    CongressKey forCongress(String congressId, String municipality) {
        return existing(congressId).orElseGet(() -> {
            KeyPair pair = generate();
            byte[] publicKey = pair.getPublic().getEncoded();
            CongressKey made = new CongressKey(congressId, municipality, fingerprint(publicKey),
                    Base64.getEncoder().encodeToString(publicKey),
                    cipher.encrypt(pair.getPrivate().getEncoded(), congressId), clock.instant());
            try {
                return keys.save(made);
            } catch (DuplicateKeyException madeMeanwhile) {
                return existing(congressId).orElseThrow(() -> madeMeanwhile);
            }
        });
    }

    Optional<CongressKey> existing(String congressId) {
        return keys.findForSystem(congressId);
    }

    PrivateKey privateKeyOf(CongressKey key) {
        byte[] encoded = cipher.decrypt(key.encryptedPrivateKey(), key.congressId());
        try {
            return KeyFactory.getInstance(TicketSecrets.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The private ticket key of congress " + key.congressId() + " is unreadable", e);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    static PublicKey publicKeyOf(CongressKey key) {
        return TicketVerifier.publicKey(key.publicKey());
    }

    /** The raw 32-byte Ed25519 key, for devices whose libraries take it rather than X.509. */
    static String rawPublicKey(CongressKey key) {
        byte[] encoded = Base64.getDecoder().decode(key.publicKey());
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(TicketSecrets.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM has no " + TicketSecrets.ALGORITHM, e);
        }
    }

    private static String fingerprint(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
