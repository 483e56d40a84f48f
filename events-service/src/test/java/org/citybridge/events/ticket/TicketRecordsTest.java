package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;

import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** What a stored ticket, a revocation and a congress key keep, and the QR code a door scanner reads. */
class TicketRecordsTest {

    static final Instant FROM = Instant.parse("2030-05-12T05:00:00Z");
    static final Instant UNTIL = Instant.parse("2030-05-12T20:00:00Z");
    static final Instant ISSUED = Instant.parse("2030-04-01T10:00:00Z");

    final TicketHolder holder = new TicketHolder("registration-1", "K7QM-4TXP", "congress-1", "almelo", "Jan", null,
            "Almelo", "nl", true, List.of("s1"), FROM, UNTIL);

    @Test
    void anIssuedTicketBelongsToItsRegistrationAndKeepsWhatItsSecretSays() {
        Ticket ticket = Ticket.issue(holder, payload("ticket-1"), "secret-1", ISSUED);

        assertThat(ticket.id()).isEqualTo("registration-1");
        assertThat(ticket.registrationId()).isEqualTo("registration-1");
        assertThat(ticket.municipality()).isEqualTo("almelo");
        assertThat(ticket.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(ticket.congressId()).isEqualTo("congress-1");
        assertThat(ticket.ticketId()).isEqualTo("ticket-1");
        assertThat(ticket.secret()).isEqualTo("secret-1");
        assertThat(ticket.sessionIds()).containsExactly("s1");
        assertThat(ticket.validFrom()).isEqualTo(FROM);
        assertThat(ticket.validUntil()).isEqualTo(UNTIL);
        assertThat(ticket.issuedAt()).isEqualTo(ISSUED);
        assertThat(ticket.hasCurrent()).isTrue();
        assertThat(ticket.describes(holder)).isTrue();
    }

    @Test
    void aReissuedTicketCarriesTheNewSecretAndAWithdrawnOneNone() {
        Ticket ticket = Ticket.issue(holder, payload("ticket-1"), "secret-1", ISSUED);
        ticket.reissue(payload("ticket-2"), "secret-2", ISSUED.plusSeconds(60));

        assertThat(ticket.ticketId()).isEqualTo("ticket-2");
        assertThat(ticket.secret()).isEqualTo("secret-2");
        assertThat(ticket.issuedAt()).isEqualTo(ISSUED.plusSeconds(60));
        ticket.withdraw();
        assertThat(ticket.ticketId()).isNull();
        assertThat(ticket.secret()).isNull();
        assertThat(ticket.sessionIds()).isEmpty();
        assertThat(ticket.issuedAt()).isNull();
    }

    @Test
    void aTicketOfAnotherCongressDoesNotDescribeTheRegistration() {
        Ticket ticket = Ticket.issue(holder, payload("ticket-1"), "secret-1", ISSUED);
        TicketHolder moved = new TicketHolder("registration-1", "K7QM-4TXP", "congress-2", "almelo", "Jan", null,
                "Almelo", "nl", true, List.of("s1"), FROM, UNTIL);

        assertThat(ticket.describes(moved)).isFalse();
    }

    @Test
    void aRevocationIsKeptByTheRevokedTicketsId() {
        Ticket ticket = Ticket.issue(holder, payload("ticket-1"), "secret-1", ISSUED);
        Revocation revocation = new Revocation(ticket, "CANCELLED", ISSUED.plusSeconds(5));

        assertThat(revocation.id()).isEqualTo("ticket-1");
        assertThat(revocation.ticketId()).isEqualTo("ticket-1");
        assertThat(revocation.municipality()).isEqualTo("almelo");
        assertThat(revocation.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(revocation.congressId()).isEqualTo("congress-1");
        assertThat(revocation.registrationId()).isEqualTo("registration-1");
        assertThat(revocation.reason()).isEqualTo("CANCELLED");
        assertThat(revocation.revokedAt()).isEqualTo(ISSUED.plusSeconds(5));
    }

    @Test
    void aCongressKeyIsKeptByItsCongress() {
        CongressKey key = new CongressKey("congress-1", "almelo", "key-1", "public", "sealed", ISSUED);

        assertThat(key.id()).isEqualTo("congress-1");
        assertThat(key.congressId()).isEqualTo("congress-1");
        assertThat(key.municipality()).isEqualTo("almelo");
        assertThat(key.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(key.keyId()).isEqualTo("key-1");
        assertThat(key.publicKey()).isEqualTo("public");
        assertThat(key.encryptedPrivateKey()).isEqualTo("sealed");
        assertThat(key.createdAt()).isEqualTo(ISSUED);
    }

    @Test
    void aHolderAttendsTheSessionsItHoldsAPlaceIn() {
        assertThat(holder.attends("s1")).isTrue();
        assertThat(holder.attends("s2")).isFalse();
        assertThat(new TicketHolder("r", "c", "k", "almelo", null, null, null, null, false, null, null, null)
                .sessionIds()).isEmpty();
    }

    @Test
    void theQrCodeReadsBackAsTheSecretAsImageAndAsPng() throws Exception {
        String secret = "AQBGAEAKdGlja2V0LTEtMg5yZWdpc3RyYXRpb24tMQpjb25ncmVzcy0x";

        assertThat(read(QrCodes.image(secret, 300))).isEqualTo(secret);
        byte[] png = QrCodes.png(secret, 300);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(read(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(secret);
        assertThat(QrCodes.modules(secret).getWidth()).as("modules plus two of quiet zone each side")
                .isBetween(25, 60);
    }

    @Test
    void aDownloadedPublicKeyThatIsNoneIsRefusedClearly() {
        assertThatThrownBy(() -> TicketVerifier.publicKey("bm90IGEga2V5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ed25519");
        assertThatThrownBy(() -> TicketVerifier.publicKey("%%%")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String read(BufferedImage image) throws IOException {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new IOException(e);
        }
    }

    private TicketPayload payload(String ticketId) {
        return new TicketPayload(ticketId, "registration-1", "congress-1", List.of("s1"), FROM, UNTIL);
    }
}
