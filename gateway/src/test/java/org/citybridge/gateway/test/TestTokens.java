package org.citybridge.gateway.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs access tokens the way identity does: RS256, with a key id found in the published JWK set. */
public final class TestTokens {

    public static final String ISSUER = "http://gateway.test";

    private static final String KEY_ID = "test-key";

    private final RSAKey key;

    private TestTokens(RSAKey key) {
        this.key = key;
    }

    /** Each call makes a fresh key pair; two instances share the key id but not the key. */
    public static TestTokens generate() {
        try {
            return new TestTokens(new RSAKeyGenerator(2048).keyID(KEY_ID).generate());
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half only, as identity serves it at /oauth2/jwks. */
    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String valid() {
        return sign(ISSUER, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A valid token for another user; limits and audit trails tell users apart by the subject. */
    public String validFor(String subject) {
        return sign(ISSUER, subject, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public String sign(String issuer, Instant expiresAt) {
        return sign(issuer, "user-1", expiresAt);
    }

    public String sign(String issuer, String subject, Instant expiresAt) {
        return sign(claims(issuer, subject, expiresAt).build(), KEY_ID);
    }

    /** Signed with this key, but naming a key id nobody published, as a forger might. */
    public String withKeyId(String keyId) {
        return sign(claims(ISSUER, "mallory", Instant.now().plus(Duration.ofMinutes(5))).build(), keyId);
    }

    /** Correctly signed, but valid for ever: no {@code exp}. */
    public String withoutExpiry() {
        return sign(claims(ISSUER, "user-1", Instant.now().plus(Duration.ofMinutes(5))).expirationTime(null).build(),
                KEY_ID);
    }

    private static JWTClaimsSet.Builder claims(String issuer, String subject, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("municipality", "utrecht")
                .claim("roles", List.of("COORDINATOR"))
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiresAt));
    }

    private String sign(JWTClaimsSet claims, String keyId) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
