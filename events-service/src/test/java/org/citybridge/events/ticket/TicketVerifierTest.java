package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.citybridge.events.ticket.TicketVerifier.Outcome;
import org.junit.jupiter.api.Test;

/** A door device's check, offline: only the public key and the revocation list. */
class TicketVerifierTest {

    static final Instant DOORS_OPEN = Instant.parse("2030-05-12T07:00:00Z");
    static final Instant DOORS_CLOSE = Instant.parse("2030-05-12T18:00:00Z");
    static final Instant DURING = Instant.parse("2030-05-12T10:42:00Z");

    final KeyPair congressKey = generate();
    final TicketPayload payload = new TicketPayload("Xk3b9QeL2mN0pQrS", "registration-1", "congress-1",
            List.of("session-a", "session-b"), DOORS_OPEN, DOORS_CLOSE);
    final String secret = TicketSecrets.sign(payload, congressKey.getPrivate());

    @Test
    void aGenuineTicketIsValidWithOnlyThePublicKey() {
        PublicKey downloaded = TicketVerifier.publicKey(Base64.getEncoder().encodeToString(
                congressKey.getPublic().getEncoded()));

        TicketVerifier.Verification verification = new TicketVerifier(List.of(downloaded), Set.of())
                .verify(secret, DURING);

        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.payload()).isEqualTo(payload);
    }

    @Test
    void theSecretIsCompactEnoughForAQuickScan() {
        assertThat(secret).matches("[A-Za-z0-9_-]+").hasSizeLessThan(300);
        assertThat(Base64.getUrlDecoder().decode(secret)[0]).as("version byte").isEqualTo(TicketSecrets.VERSION);
    }

    @Test
    void anEditedTicketIsRefused() {
        byte[] raw = Base64.getUrlDecoder().decode(secret);
        // The payload's last byte is the end of the validity window: a holder trying to stay longer.
        raw[raw.length - 65] ^= 0x01;
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        assertThat(verifier().verify(edited, DURING).outcome()).isEqualTo(Outcome.INVALID_SIGNATURE);
        assertThat(TicketSecrets.parse(edited).payload().validUntil()).as("the edit changed what it says")
                .isNotEqualTo(DOORS_CLOSE);
    }

    @Test
    void aTicketSignedWithAnotherKeyIsRefused() {
        String forged = TicketSecrets.sign(payload, generate().getPrivate());

        assertThat(verifier().verify(forged, DURING).outcome()).isEqualTo(Outcome.INVALID_SIGNATURE);
    }

    @Test
    void aRevokedTicketIsRefused() {
        TicketVerifier withList = new TicketVerifier(List.of(congressKey.getPublic()), Set.of(payload.ticketId()));

        TicketVerifier.Verification verification = withList.verify(secret, DURING);

        assertThat(verification.outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(verification.payload().registrationId()).isEqualTo("registration-1");
    }

    @Test
    void outsideTheValidityWindowItIsRefused() {
        assertThat(verifier().verify(secret, DOORS_CLOSE.plusSeconds(1)).outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(verifier().verify(secret, DOORS_OPEN.minusSeconds(1)).outcome()).isEqualTo(Outcome.NOT_YET_VALID);
        assertThat(verifier().verify(secret, DOORS_OPEN).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aKeyOfAnotherAlgorithmSignsNothing() throws Exception {
        PublicKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();

        assertThat(new TicketVerifier(List.of(rsa), Set.of()).verify(secret, DURING).outcome())
                .isEqualTo(Outcome.INVALID_SIGNATURE);
        assertThat(TicketSecrets.parse(secret).signedBy(rsa)).isFalse();
    }

    @Test
    void onlyAValidOutcomeIsValid() {
        assertThat(verifier().verify(secret, DURING).valid()).isTrue();
        assertThat(verifier().verify(secret, DOORS_CLOSE.plusSeconds(1)).valid()).isFalse();
        assertThat(verifier().verify("R12345", DURING).valid()).isFalse();
    }

    @Test
    void anyOfSeveralKeysMaySign() {
        TicketVerifier rotated = new TicketVerifier(List.of(generate().getPublic(), congressKey.getPublic()), Set.of());

        assertThat(rotated.verify(secret, DURING).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void textThatIsNoSecretIsMalformedNotAnError() {
        for (String garbage : List.of("", "R12345", "!!!not base64!!!", secret.substring(0, secret.length() - 4),
                Base64.getUrlEncoder().encodeToString(new byte[] {2, 0, 1, 0, 64}), "A".repeat(9000))) {
            assertThat(verifier().verify(garbage, DURING).outcome()).as(garbage).isEqualTo(Outcome.MALFORMED);
            assertThatThrownBy(() -> TicketSecrets.parse(garbage)).isInstanceOf(MalformedTicketSecretException.class);
        }
    }

    private TicketVerifier verifier() {
        return new TicketVerifier(List.of(congressKey.getPublic()), Set.of());
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
