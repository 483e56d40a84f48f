package org.citybridge.events.ticket;

import java.time.Instant;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A congress's Ed25519 key pair for ticket secrets: its id is the congress's, so the first insert wins
 * when two requests create it at once. The private key is stored encrypted ({@link PrivateKeyCipher})
 * and never leaves the service; the public key is what door devices download.
 */
@Document("ticket_keys")
class CongressKey extends TenantAggregate {

    @Id
    private String id;
    private String keyId;
    /** X.509 SubjectPublicKeyInfo, base64. */
    private String publicKey;
    /** PKCS#8, encrypted, base64. */
    private String encryptedPrivateKey;
    private Instant createdAt;

    CongressKey() {
    }

    CongressKey(String congressId, String municipality, String keyId, String publicKey, String encryptedPrivateKey,
            Instant createdAt) {
        super(municipality, Visibility.PRIVATE);
        this.id = congressId;
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.encryptedPrivateKey = encryptedPrivateKey;
        this.createdAt = createdAt;
    }

    @Override
    public String id() {
        return id;
    }

    String congressId() {
        return id;
    }

    String keyId() {
        return keyId;
    }

    String publicKey() {
        return publicKey;
    }

    String encryptedPrivateKey() {
        return encryptedPrivateKey;
    }

    Instant createdAt() {
        return createdAt;
    }
}
