package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** What a secret says, as bytes and back; what it refuses to say; and the shape of the secret around it. */
class TicketPayloadTest {

    static final Instant FROM = Instant.parse("2030-05-12T05:00:00Z");
    static final Instant UNTIL = Instant.parse("2030-05-12T20:00:00Z");

    final TicketPayload payload = new TicketPayload("ticket-1", "registration-1", "congress-1", List.of("s1", "s2"),
            FROM, UNTIL);

    @Test
    void thePayloadReadsBackAsItWasWritten() {
        assertThat(TicketPayload.fromBytes(payload.toBytes())).isEqualTo(payload);
        TicketPayload openEnded = new TicketPayload("ticket-2", "registration-1", "congress-1", List.of(), null, null);
        assertThat(TicketPayload.fromBytes(openEnded.toBytes())).isEqualTo(openEnded);
    }

    @Test
    void itCarriesWholeSeconds() {
        TicketPayload precise = new TicketPayload("t", "r", "c", List.of(), FROM.plusMillis(999), UNTIL.plusNanos(1));

        assertThat(precise.validFrom()).isEqualTo(FROM);
        assertThat(precise.validUntil()).isEqualTo(UNTIL);
    }

    @Test
    void itLetsTheHolderInFromItsStartToItsEndBothIncluded() {
        assertThat(payload.validAt(FROM.minusSeconds(1))).isFalse();
        assertThat(payload.validAt(FROM)).isTrue();
        assertThat(payload.validAt(UNTIL)).isTrue();
        assertThat(payload.validAt(UNTIL.plusSeconds(1))).isFalse();
        TicketPayload openEnded = new TicketPayload("t", "r", "c", List.of(), null, null);
        assertThat(openEnded.validAt(Instant.MIN)).isTrue();
        assertThat(openEnded.validAt(Instant.MAX)).isTrue();
    }

    @Test
    void itNamesAtMostAHundredSessionsAndAlwaysItsIds() {
        assertThat(new TicketPayload("t", "r", "c", sessions(100), null, null).sessionIds()).hasSize(100);
        assertThatThrownBy(() -> new TicketPayload("t", "r", "c", sessions(101), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketPayload(null, "r", "c", List.of(), null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TicketPayload("t", null, "c", List.of(), null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TicketPayload("t", "r", null, List.of(), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void bytesThatSayTooMuchTooLittleOrNonsenseAreNoPayload() {
        assertMalformed(out -> write(out, "t", "r", "c", 0, Long.MIN_VALUE, Long.MIN_VALUE, 1), "after its payload");
        assertMalformed(out -> write(out, "", "r", "c", 0, Long.MIN_VALUE, Long.MIN_VALUE, 0), "empty");
        assertMalformed(out -> write(out, "t", "r".repeat(201), "c", 0, Long.MIN_VALUE, Long.MIN_VALUE, 0), "too long");
        assertMalformed(out -> write(out, "t", "r", "c", 101, Long.MIN_VALUE, Long.MIN_VALUE, 0), "too many sessions");
        assertMalformed(out -> write(out, "t", "r", "c", 0, Instant.MAX.getEpochSecond() + 1, Long.MIN_VALUE, 0),
                "calendar");
        assertMalformed(out -> write(out, "t", "r", "c", 0, Long.MIN_VALUE, -Instant.MAX.getEpochSecond() - 1, 0),
                "calendar");
        assertThatThrownBy(() -> TicketPayload.fromBytes(new byte[] {0, 1, 't'}))
                .isInstanceOf(MalformedTicketSecretException.class).hasMessageContaining("ends too early");
        assertThat(TicketPayload.fromBytes(bytes(out -> write(out, "t", "r", "c", 100, 0, 0, 0))).sessionIds())
                .hasSize(100);
        assertThat(TicketPayload.fromBytes(bytes(out -> write(out, "t", "r".repeat(200), "c", 1,
                Instant.MAX.getEpochSecond(), -Instant.MAX.getEpochSecond(), 0))).registrationId()).hasSize(200);
    }

    @Test
    void aSecretIsRecognisedByItsLengthBeforeItIsRead() {
        assertThat(TicketSecrets.looksLikeSecret("K7QM-4TXP")).isFalse();
        assertThat(TicketSecrets.looksLikeSecret(" " + "A".repeat(40) + " ")).isFalse();
        assertThat(TicketSecrets.looksLikeSecret("A".repeat(41))).isTrue();
        assertThat(TicketSecrets.looksLikeSecret(null)).isFalse();
    }

    @Test
    void aSecretWithAnotherVersionOrLengthsThatDoNotAddUpIsMalformedWhateverItsSignature() {
        KeyPair key = TicketVerifierTest.generate();
        byte[] genuine = Base64.getUrlDecoder().decode(TicketSecrets.sign(payload, key.getPrivate()));
        int payloadLength = payload.toBytes().length;

        assertThat(TicketSecrets.parse(encode(genuine)).payload()).isEqualTo(payload);
        assertThat(TicketSecrets.parse(" " + encode(genuine) + "\n").payload()).as("a scanner's whitespace")
                .isEqualTo(payload);
        assertParseRefused(edited(genuine, b -> b.put(0, (byte) 2)), "version");
        assertParseRefused(edited(genuine, b -> b.putShort(3, (short) 63)), "lengths");
        assertParseRefused(edited(genuine, b -> b.putShort(1, (short) (payloadLength + 1))), "lengths");
        assertParseRefused(edited(genuine, b -> b.putShort(1, (short) 0)), "lengths");
        assertParseRefused(encode(new byte[] {1, 0, 0, 0}), "too short");
        assertParseRefused(encode(new byte[] {1, 0, 0, 0, 0}), "lengths");
        assertParseRefused("   ", "empty");
        assertParseRefused("A".repeat(TicketSecrets.MAX_SECRET_LENGTH), "version");
        assertParseRefused("A".repeat(TicketSecrets.MAX_SECRET_LENGTH + 1), "too long");
        byte[] header = ByteBuffer.allocate(5 + 4097 + 64).put((byte) 1).putShort((short) 4097).putShort((short) 64)
                .array();
        assertParseRefused(encode(header), "lengths");
        byte[] largest = ByteBuffer.allocate(5 + 4096 + 64).put((byte) 1).putShort((short) 4096).putShort((short) 64)
                .array();
        assertParseRefused(encode(largest), "empty or too long id");
    }

    private static String edited(byte[] genuine, Consumer<ByteBuffer> edit) {
        byte[] copy = genuine.clone();
        edit.accept(ByteBuffer.wrap(copy));
        return encode(copy);
    }

    private static String encode(byte[] raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static void assertParseRefused(String secret, String reason) {
        assertThatThrownBy(() -> TicketSecrets.parse(secret)).isInstanceOf(MalformedTicketSecretException.class)
                .hasMessageContaining(reason);
    }

    private static void assertMalformed(IoWriter writer, String reason) {
        assertThatThrownBy(() -> TicketPayload.fromBytes(bytes(writer)))
                .isInstanceOf(MalformedTicketSecretException.class).hasMessageContaining(reason);
    }

    private static List<String> sessions(int count) {
        return Collections.nCopies(count, "s");
    }

    private interface IoWriter {
        Object write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(IoWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static DataOutputStream write(DataOutputStream out, String ticketId, String registrationId,
            String congressId, int sessions, long from, long until, int extraBytes) throws IOException {
        out.writeUTF(ticketId);
        out.writeUTF(registrationId);
        out.writeUTF(congressId);
        out.writeByte(sessions);
        for (int i = 0; i < sessions; i++) {
            out.writeUTF("s" + i);
        }
        out.writeLong(from);
        out.writeLong(until);
        for (int i = 0; i < extraBytes; i++) {
            out.writeByte(0);
        }
        return out;
    }
}
