package org.citybridge.events.congress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.store.TenantAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A congress or network meeting (seed 000: KleurRijk Almelo's two congresses, one jointly with
 * Münster; the Münster–Almelo bridge groups). It belongs to the city of the organiser who created it;
 * {@link #coOrganisers()} name the cities that organise it jointly, whose organisers manage it too.
 * Registrations are aggregates of their own, so that thousands of people registering never contend for
 * this document: places are counted in {@link org.citybridge.events.seat.Seats}.
 */
@Document("congresses")
public class Congress extends TenantAggregate {

    /** Domain event: the congress was announced. messaging/CongressEvents publishes it. */
    public record Published(Congress congress) {
    }

    @Id
    private String id;
    private Map<String, String> title;
    private Map<String, String> description;
    @Indexed
    private List<String> coOrganisers = new ArrayList<>();
    private String venueId;
    private Instant startsAt;
    private Instant endsAt;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private int capacity;
    private boolean publicRegistration;
    private WaitListMode waitListMode;
    private Integer offerHours;
    private List<Session> sessions = new ArrayList<>();
    private CongressStatus status;
    private Instant publishedAt;
    /** When the personal data of its registrations was removed (retention); null before. */
    private Instant personalDataPurgedAt;

    protected Congress() {
    }

    private Congress(String id, String municipality, CongressPlan plan) {
        super(municipality, plan.visibility());
        this.id = Objects.requireNonNull(id);
        this.status = CongressStatus.DRAFT;
        apply(plan);
    }

    /** A new congress of {@code municipality}, in draft until {@link #publish(Instant)}. */
    public static Congress plan(String municipality, CongressPlan plan) {
        return plan(UUID.randomUUID().toString(), municipality, plan);
    }

    /** With a known id, so that loading the same demo congress twice finds the first one. */
    public static Congress plan(String id, String municipality, CongressPlan plan) {
        if (plan.coOrganisers().contains(municipality)) {
            plan = new CongressPlan(plan.title(), plan.description(),
                    plan.coOrganisers().stream().filter(city -> !city.equals(municipality)).toList(), plan.venueId(),
                    plan.startsAt(), plan.endsAt(), plan.registrationOpensAt(), plan.registrationClosesAt(),
                    plan.capacity(), plan.visibility(), plan.publicRegistration(), plan.waitListMode(),
                    plan.offerHours());
        }
        return new Congress(id, municipality, plan);
    }

    private void apply(CongressPlan plan) {
        title = plan.title();
        description = plan.description();
        coOrganisers = new ArrayList<>(plan.coOrganisers());
        venueId = plan.venueId();
        startsAt = plan.startsAt();
        endsAt = plan.endsAt();
        registrationOpensAt = plan.registrationOpensAt();
        registrationClosesAt = plan.registrationClosesAt();
        capacity = plan.capacity();
        publicRegistration = plan.publicRegistration();
        waitListMode = plan.waitListMode();
        offerHours = plan.offerHours();
    }

    public void publish(Instant now) {
        if (status == CongressStatus.PUBLISHED) {
            throw new ConflictException("The congress is already published.");
        }
        status = CongressStatus.PUBLISHED;
        publishedAt = now;
        record(new Published(this));
    }

    /** Adds a session within the congress's time, with a capacity no larger than the congress's. */
    public Session addSession(Map<String, String> sessionTitle, Instant from, Instant to, String room, int places,
            List<String> speakers) {
        Map<String, String> checkedTitle = Texts.checked("title", sessionTitle, true, 200);
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidValueException("endsAt", "must be after startsAt");
        }
        if (from.isBefore(startsAt) || to.isAfter(endsAt)) {
            throw new InvalidValueException("startsAt", "must lie within the congress (" + startsAt + " to " + endsAt
                    + ")");
        }
        if (places < 1) {
            throw new InvalidValueException("capacity", "must be at least 1");
        }
        if (sessions.size() >= 100) {
            throw new ConflictException("A congress has at most 100 sessions.");
        }
        Session session = new Session(UUID.randomUUID().toString(), checkedTitle, from, to, room, places, speakers);
        sessions.add(session);
        return session;
    }

    /** Whether organisers of {@code city} manage this congress: the owner's and the co-organisers'. */
    public boolean isOrganisedBy(String city) {
        return city != null && (city.equals(municipality()) || coOrganisers.contains(city));
    }

    /** Whether people may register now: published, public registration on, inside the registration window. */
    public void requireOpenForRegistration(Instant now) {
        if (status != CongressStatus.PUBLISHED) {
            throw new ConflictException("The congress is not open for registration yet.");
        }
        if (!publicRegistration) {
            throw new ConflictException("This congress does not take public registrations.");
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt)) {
            throw new ConflictException("Registration opens at " + registrationOpensAt + ".");
        }
        Instant closes = registrationClosesAt != null ? registrationClosesAt : startsAt;
        if (!now.isBefore(closes)) {
            throw new ConflictException("Registration closed at " + closes + ".");
        }
        if (personalDataPurgedAt != null) {
            throw new ConflictException("The congress is over.");
        }
    }

    public Optional<Session> session(String sessionId) {
        return sessions.stream().filter(session -> session.id().equals(sessionId)).findFirst();
    }

    /** Retention: whether the personal data of its registrations is due for removal at {@code now}. */
    public boolean personalDataDue(Instant now, Duration keptAfterEnd) {
        return personalDataPurgedAt == null && !now.isBefore(endsAt.plus(keptAfterEnd));
    }

    public void personalDataPurged(Instant now) {
        personalDataPurgedAt = now;
    }

    @Override
    public String id() {
        return id;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> description() {
        return description;
    }

    public List<String> coOrganisers() {
        return Collections.unmodifiableList(coOrganisers);
    }

    /** The owner first, then the co-organisers. */
    public List<String> organisers() {
        List<String> all = new ArrayList<>();
        all.add(municipality());
        all.addAll(coOrganisers);
        return all;
    }

    public String venueId() {
        return venueId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant registrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant registrationClosesAt() {
        return registrationClosesAt;
    }

    public int capacity() {
        return capacity;
    }

    public boolean publicRegistration() {
        return publicRegistration;
    }

    public WaitListMode waitListMode() {
        return waitListMode;
    }

    public Integer offerHours() {
        return offerHours;
    }

    public List<Session> sessions() {
        return Collections.unmodifiableList(sessions);
    }

    public CongressStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant personalDataPurgedAt() {
        return personalDataPurgedAt;
    }
}
