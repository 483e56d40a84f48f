package org.citybridge.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for tests, shaped like the identity provider's ({@code municipality}, {@code roles}),
 * signed with a key whose JWK set {@link TestIssuer} serves, so services validate them for real.
 */
public final class TestTokens {

    public static final String ISSUER = "http://citybridge.test";
    private static final RSAKey KEY = generate();

    private TestTokens() {
    }

    public static String officer(String municipality) {
        return bearer("officer@" + municipality, municipality, "OFFICER");
    }

    public static String organiser(String municipality) {
        return bearer("organiser@" + municipality, municipality, "ORGANISER");
    }

    public static String admin() {
        return bearer("admin@citybridge", null, "ADMIN");
    }

    /** A user of a member city whose token carries no role CityBridge knows. */
    public static String member(String municipality) {
        return bearer("member@" + municipality, municipality);
    }

    /** Another CityBridge service, with its client-credentials token (no city). */
    public static String service() {
        return bearer("citybridge-service", null, "SERVICE");
    }

    /** The token of a caller with exactly this role: of {@code municipality}, except the admin and a service. */
    public static String withRole(org.citybridge.platform.tenancy.Role role, String municipality) {
        return switch (role) {
            case OFFICER -> officer(municipality);
            case ORGANISER -> organiser(municipality);
            case ADMIN -> admin();
            case SERVICE -> service();
        };
    }

    /** The value of an Authorization header. */
    public static String bearer(String subject, String municipality, String... roles) {
        return "Bearer " + token(subject, municipality, ISSUER, KEY, roles);
    }

    /** A token signed by a key no service trusts. */
    public static String forgedBearer(String municipality) {
        return "Bearer " + token("mallory", municipality, ISSUER, generate(), "OFFICER");
    }

    /** An officer's token signed with the trusted key but naming a key id nobody published, as a forger might. */
    public static String withUnknownKeyId(String municipality) {
        return "Bearer " + sign(claims("mallory", municipality, ISSUER, "OFFICER").build(), KEY,
                UUID.randomUUID().toString());
    }

    /** A correctly signed officer's token that never expires: it carries no {@code exp}. */
    public static String withoutExpiry(String municipality) {
        JWTClaimsSet claims = claims("officer@" + municipality, municipality, ISSUER, "OFFICER")
                .expirationTime(null).build();
        return "Bearer " + sign(claims, KEY, KEY.getKeyID());
    }

    /** A correctly signed officer's token from an issuer the services do not accept. */
    public static String fromIssuer(String issuer, String municipality) {
        return "Bearer " + token("officer@" + municipality, municipality, issuer, KEY, "OFFICER");
    }

    /** A correctly signed officer's token that expired an hour ago. */
    public static String expired(String municipality) {
        JWTClaimsSet claims = claims("officer@" + municipality, municipality, ISSUER, "OFFICER")
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build();
        return "Bearer " + sign(claims, KEY, KEY.getKeyID());
    }

    static String token(String subject, String municipality, String issuer, RSAKey key, String... roles) {
        return sign(claims(subject, municipality, issuer, roles).build(), key, key.getKeyID());
    }

    private static JWTClaimsSet.Builder claims(String subject, String municipality, String issuer, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("roles", Arrays.asList(roles));
        if (municipality != null) {
            claims.claim("municipality", municipality);
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String jwkSetJson() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
