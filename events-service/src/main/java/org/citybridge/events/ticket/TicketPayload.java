package org.citybridge.events.ticket;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a ticket's secret says, signed: which ticket (a random id, so that two tickets of one
 * registration differ and the old one can be revoked), whose registration, which congress and
 * sessions, and when it lets the holder in. Written compactly (length-prefixed UTF-8 strings, epoch
 * seconds) so that the QR code stays small enough to scan from a phone screen.
 */
public record TicketPayload(String ticketId, String registrationId, String congressId, List<String> sessionIds,
        Instant validFrom, Instant validUntil) {

    /** More would not fit a QR code a door scanner reads quickly; a congress has far fewer sessions. */
    public static final int MAX_SESSIONS = 100;
    private static final int MAX_TEXT = 200;

    public TicketPayload {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(congressId, "congressId");
        sessionIds = List.copyOf(sessionIds);
        // The secret carries whole seconds: the payload says exactly what its bytes will say.
        validFrom = validFrom == null ? null : validFrom.truncatedTo(ChronoUnit.SECONDS);
        validUntil = validUntil == null ? null : validUntil.truncatedTo(ChronoUnit.SECONDS);
        if (sessionIds.size() > MAX_SESSIONS) {
            throw new IllegalArgumentException("A ticket names at most " + MAX_SESSIONS + " sessions");
        }
    }

    /** Whether the ticket lets its holder in at this moment; an open end is no limit. */
    public boolean validAt(Instant moment) {
        return (validFrom == null || !moment.isBefore(validFrom)) && (validUntil == null || !moment.isAfter(validUntil));
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(ticketId);
            out.writeUTF(registrationId);
            out.writeUTF(congressId);
            out.writeByte(sessionIds.size());
            for (String session : sessionIds) {
                out.writeUTF(session);
            }
            out.writeLong(validFrom == null ? Long.MIN_VALUE : validFrom.getEpochSecond());
            out.writeLong(validUntil == null ? Long.MIN_VALUE : validUntil.getEpochSecond());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TicketPayload fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String ticketId = text(in);
            String registrationId = text(in);
            String congressId = text(in);
            int sessions = in.readUnsignedByte();
            if (sessions > MAX_SESSIONS) {
                throw new MalformedTicketSecretException("names too many sessions");
            }
            List<String> sessionIds = new ArrayList<>(sessions);
            for (int i = 0; i < sessions; i++) {
                sessionIds.add(text(in));
            }
            Instant validFrom = instant(in.readLong());
            Instant validUntil = instant(in.readLong());
            if (in.available() > 0) {
                throw new MalformedTicketSecretException("has bytes after its payload");
            }
            return new TicketPayload(ticketId, registrationId, congressId, sessionIds, validFrom, validUntil);
        } catch (IOException e) {
            throw new MalformedTicketSecretException("has a payload that ends too early or is not text");
        }
    }

    private static String text(DataInputStream in) throws IOException {
        String text = in.readUTF();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new MalformedTicketSecretException("has an empty or too long id");
        }
        return text;
    }

    private static Instant instant(long epochSecond) {
        if (epochSecond == Long.MIN_VALUE) {
            return null;
        }
        if (Math.abs(epochSecond) > Instant.MAX.getEpochSecond()) {
            throw new MalformedTicketSecretException("has a validity outside any calendar");
        }
        return Instant.ofEpochSecond(epochSecond);
    }
}
