package org.citybridge.events.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's registration for a congress, made without an account. It belongs to the congress's
 * owning city (PRIVATE: the organisers read it through the congress) and is managed by its holder with
 * the code and the management token mailed to them; the token is kept only as a hash.
 * <p>
 * Its place is decided outside it, by atomic counters ({@link org.citybridge.events.seat.Seats}): this
 * aggregate only guards which status may follow which, and records what happened.
 */
@Document("registrations")
@CompoundIndex(name = "one_per_email", def = "{'congressId': 1, 'emailKey': 1}", unique = true)
@CompoundIndex(name = "by_status", def = "{'congressId': 1, 'status': 1}")
public class Registration extends TenantAggregate {

    /** Domain events; messaging/RegistrationEvents publishes them without personal data. */
    public record Registered(Registration registration) {
    }

    public record Waitlisted(Registration registration) {
    }

    /** @param scope {@code congress}, or the session whose place the person got */
    public record Promoted(Registration registration, String scope) {
    }

    public record Changed(Registration registration) {
    }

    /** @param reason {@code CANCELLED} by the person, or {@code OFFER_EXPIRED} */
    public record Cancelled(Registration registration, String reason) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private String code;
    private String congressId;
    private Attendee attendee;
    /** The email as compared: one registration per address and congress. */
    private String emailKey;
    private String tokenHash;
    @Indexed
    private RegistrationStatus status;
    /** The position on the congress's wait list while WAITLISTED (or the one it had before a promotion). */
    private Long position;
    @Indexed(sparse = true)
    private Instant offerExpiresAt;
    private List<SessionPlace> sessions = new ArrayList<>();
    private Instant registeredAt;
    private Instant changedAt;
    private boolean personalDataPurged;

    protected Registration() {
    }

    private Registration(String id, String code, String congressId, String municipality, Attendee attendee,
            List<String> sessionIds, String tokenHash, Instant now) {
        super(municipality, Visibility.PRIVATE);
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.congressId = Objects.requireNonNull(congressId);
        this.attendee = Objects.requireNonNull(attendee);
        this.emailKey = emailKey(attendee.email());
        this.tokenHash = tokenHash;
        this.status = RegistrationStatus.PENDING;
        this.sessions = new ArrayList<>(sessionIds.stream().map(SessionPlace::wished).toList());
        this.registeredAt = now;
        this.changedAt = now;
    }

    /** Written before its place is decided, so that the same email cannot take a second place. */
    public static Registration pending(String code, String congressId, String municipality, Attendee attendee,
            List<String> sessionIds, String tokenHash, Instant now) {
        return pending(UUID.randomUUID().toString(), code, congressId, municipality, attendee, sessionIds, tokenHash,
                now);
    }

    public static Registration pending(String id, String code, String congressId, String municipality,
            Attendee attendee, List<String> sessionIds, String tokenHash, Instant now) {
        return new Registration(id, code, congressId, municipality, attendee, sessionIds, tokenHash, now);
    }

    public static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** It got a place of the congress; {@code places} are its sessions, each with its own answer. */
    void confirm(List<SessionPlace> places, Instant now) {
        require(RegistrationStatus.PENDING);
        status = RegistrationStatus.CONFIRMED;
        sessions = new ArrayList<>(places);
        changedAt = now;
        record(new Registered(this));
    }

    void waitlist(long atPosition, Instant now) {
        require(RegistrationStatus.PENDING);
        status = RegistrationStatus.WAITLISTED;
        position = atPosition;
        changedAt = now;
        record(new Waitlisted(this));
    }

    /** The first in line gets the freed place at once (AUTOMATIC wait list). */
    void promote(List<SessionPlace> places, Instant now) {
        require(RegistrationStatus.WAITLISTED);
        status = RegistrationStatus.CONFIRMED;
        sessions = new ArrayList<>(places);
        changedAt = now;
        record(new Promoted(this, "congress"));
    }

    /** The first in line is offered the freed place until {@code expiresAt} (TIMED_OFFER wait list). */
    void offer(Instant expiresAt, Instant now) {
        require(RegistrationStatus.WAITLISTED);
        status = RegistrationStatus.OFFERED;
        offerExpiresAt = expiresAt;
        changedAt = now;
        record(new Promoted(this, "congress"));
    }

    void acceptOffer(List<SessionPlace> places, Instant now) {
        require(RegistrationStatus.OFFERED);
        if (!now.isBefore(offerExpiresAt)) {
            throw new ConflictException("The offer expired at " + offerExpiresAt + ".");
        }
        status = RegistrationStatus.CONFIRMED;
        offerExpiresAt = null;
        sessions = new ArrayList<>(places);
        changedAt = now;
        record(new Changed(this));
    }

    void expireOffer(Instant now) {
        require(RegistrationStatus.OFFERED);
        status = RegistrationStatus.EXPIRED;
        changedAt = now;
        record(new Cancelled(this, "OFFER_EXPIRED"));
    }

    /** Got the place it waited for in one session. */
    void promoteInSession(String sessionId, Instant now) {
        require(RegistrationStatus.CONFIRMED);
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).sessionId().equals(sessionId) && sessions.get(i).isWaitlisted()) {
                sessions.set(i, SessionPlace.confirmed(sessionId));
                changedAt = now;
                record(new Promoted(this, sessionId));
                return;
            }
        }
        throw new ConflictException("The registration does not wait for session " + sessionId + ".");
    }

    void changeSessions(List<SessionPlace> places, Instant now) {
        if (status.isOver() || status == RegistrationStatus.PENDING) {
            throw new ConflictException("A " + status + " registration cannot change its sessions.");
        }
        sessions = new ArrayList<>(places);
        changedAt = now;
        record(new Changed(this));
    }

    void cancel(Instant now) {
        if (status.isOver()) {
            throw new ConflictException("The registration is already " + status + ".");
        }
        status = RegistrationStatus.CANCELLED;
        changedAt = now;
        record(new Cancelled(this, "CANCELLED"));
    }

    /** Retention: name, email, needs and the token go; organisation, city and the sessions stay for counts. */
    void purgePersonalData() {
        attendee = attendee.withoutPersonalData();
        emailKey = "purged:" + id;
        tokenHash = null;
        personalDataPurged = true;
    }

    private void require(RegistrationStatus expected) {
        if (status != expected) {
            throw new ConflictException("The registration is " + status + ", not " + expected + ".");
        }
    }

    /** Whether it waits in session {@code sessionId} at {@code atPosition}. */
    boolean waitsInSession(String sessionId, long atPosition) {
        return status == RegistrationStatus.CONFIRMED && sessions.stream().anyMatch(place -> place.isWaitlisted()
                && place.sessionId().equals(sessionId) && place.position() == atPosition);
    }

    @Override
    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String congressId() {
        return congressId;
    }

    public Attendee attendee() {
        return attendee;
    }

    String tokenHash() {
        return tokenHash;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Long position() {
        return position;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public List<SessionPlace> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public List<String> sessionIds() {
        return sessions.stream().map(SessionPlace::sessionId).toList();
    }

    /** The sessions it holds a place in: what a ticket admits to. */
    public List<String> confirmedSessionIds() {
        return status == RegistrationStatus.CONFIRMED
                ? sessions.stream().filter(SessionPlace::isConfirmed).map(SessionPlace::sessionId).toList()
                : List.of();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public boolean personalDataPurged() {
        return personalDataPurged;
    }
}
