package org.citybridge.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.congress.Session;
import org.citybridge.events.seat.SeatScope;
import org.citybridge.events.seat.Seats;
import org.citybridge.events.seat.WaitingLine;
import org.citybridge.events.ticket.TicketRevocations;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Registration without an account: register, look, change sessions, accept an offered place, cancel.
 * Nothing here holds a lock: places are taken from atomic counters ({@link Seats}), people wait at
 * positions from the same counters ({@link WaitingLine}), and a freed place is handed on by
 * {@link Promotions}. Each step is a single-document write, as the embedded store (no transactions)
 * and a sharded MongoDB both allow.
 * <p>
 * The person proves they hold a registration with its management token. A wrong or missing token gets
 * the same 404 as a code that does not exist, so codes cannot be confirmed by guessing.
 */
@Service
public class RegistrationService {


    private final TenantStore<Registration> registrations;
    private final CongressService congresses;
    private final Seats seats;
    private final WaitingLine line;
    private final Places places;
    private final Promotions promotions;
    private final RegistrationMails mails;
    private final TicketRevocations tickets;
    private final Clock clock;

    RegistrationService(AggregateStores stores, CongressService congresses, Seats seats, WaitingLine line,
            Places places, Promotions promotions, RegistrationMails mails, TicketRevocations tickets, Clock clock) {
        this.registrations = stores.tenantOwned(Registration.class);
        this.congresses = congresses;
        this.seats = seats;
        this.line = line;
        this.places = places;
        this.promotions = promotions;
        this.mails = mails;
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * Registers a person for a published public congress: confirmed while places last, then on the wait
     * list. The same email twice gets {@link AlreadyRegisteredException}, never a second place.
     */
    public NewRegistration register(String congressId, RegistrationForm form) {
        Congress congress = congresses.forSystem(congressId)
                .filter(found -> found.visibility() == Visibility.PUBLIC)
                .orElseThrow(() -> NotFoundException.of("Congress", congressId));
        Instant now = clock.instant();
        congress.requireOpenForRegistration(now);
        List<String> sessionIds = chosenSessions(congress, form.sessions());
        String token = RegistrationCodes.newToken();
        Registration registration = insertPending(congress, form, sessionIds, RegistrationCodes.hash(token), now);

        SeatScope congressScope = SeatScope.congress(congress.id());
        long placeInLine = 0;
        if (seats.take(congressScope)) {
            registration.confirm(places.takeSessions(congress.id(), registration.id(), sessionIds), now);
        } else {
            long position = seats.nextPosition(congressScope);
            line.join(congressScope, position, registration.id());
            registration.waitlist(position, now);
            placeInLine = position;
        }
        registrations.save(registration);
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            promotions.fill(congressScope);
            // A place freed while it joined the line may have come to it already.
            registration = registrations.findForSystem(registration.id()).orElse(registration);
            placeInLine = placeInLine(registration);
        } else {
            registration.sessions().stream().filter(SessionPlace::isWaitlisted).forEach(place ->
                    promotions.fill(SeatScope.session(congress.id(), place.sessionId())));
        }
        NewRegistration made = new NewRegistration(registration, token, placeInLine);
        mails.registered(made, congress);
        return made;
    }

    private Registration insertPending(Congress congress, RegistrationForm form, List<String> sessionIds,
            String tokenHash, Instant now) {
        Attendee attendee = new Attendee(form.name().strip(), form.email().strip(), blankToNull(form.organisation()),
                blankToNull(form.organisationId()), blankToNull(form.municipality()), blankToNull(form.dietaryNeeds()),
                blankToNull(form.accessibilityNeeds()), form.listed(), form.language() == null ? "nl" : form.language());
        for (int attempt = 0; ; attempt++) {
            Registration registration = Registration.pending(RegistrationCodes.newCode(), congress.id(),
                    congress.municipality(), attendee, sessionIds, tokenHash, now);
            try {
                return registrations.save(registration);
            } catch (DuplicateKeyException taken) {
                Optional<Registration> existing = byEmail(congress.id(), attendee.email());
                if (existing.isPresent()) {
                    throw new AlreadyRegisteredException(existing.get().code());
                }
                if (attempt == 3) {
                    throw taken;
                }
                // Another registration drew the same code: draw again.
            }
        }
    }

    private Optional<Registration> byEmail(String congressId, String email) {
        return registrations.findForSystem(Criteria.where("congressId").is(congressId).and("emailKey")
                .is(Registration.emailKey(email)), PageRequest.of(0, 1)).stream().findFirst();
    }

    /** The registration of this code, for the holder of its token. */
    public Registration view(String code, String token) {
        return held(code, token);
    }

    /** The place in line now (people ahead who left or were promoted no longer count); 0 when not waiting. */
    public long placeInLine(Registration registration) {
        return registration.status() == RegistrationStatus.WAITLISTED && registration.position() != null
                ? line.placeInLine(SeatScope.congress(registration.congressId()), registration.position())
                : 0;
    }

    /**
     * Replaces the chosen sessions. With a congress place, new sessions are taken (or waited for) and
     * left ones handed to the next in their line; without one, the choice is only noted. When the
     * sessions it holds a place in change, its ticket (which names them) is revoked: the next one asked
     * for names the new ones.
     */
    public Registration changeSessions(String code, String token, List<String> sessionIds) {
        Registration registration = held(code, token);
        Congress congress = congressOf(registration);
        List<String> chosen = chosenSessions(congress, sessionIds);
        Instant now = clock.instant();
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            registration.changeSessions(chosen.stream().map(SessionPlace::wished).toList(), now);
            return saveOrConflict(registration, List.of());
        }
        Map<String, SessionPlace> current = registration.sessions().stream()
                .collect(Collectors.toMap(SessionPlace::sessionId, Function.identity()));
        List<String> added = chosen.stream().filter(id -> !current.containsKey(id)).toList();
        List<SessionPlace> left = registration.sessions().stream().filter(place -> !chosen.contains(place.sessionId()))
                .toList();
        List<SessionPlace> taken = places.takeSessions(congress.id(), registration.id(), added);
        List<SessionPlace> next = new ArrayList<>();
        for (String id : chosen) {
            next.add(current.containsKey(id) ? current.get(id)
                    : taken.stream().filter(place -> place.sessionId().equals(id)).findFirst().orElseThrow());
        }
        Set<String> admittedBefore = Set.copyOf(registration.confirmedSessionIds());
        registration.changeSessions(next, now);
        Registration saved = saveOrConflict(registration, taken);
        release(congress.id(), left);
        taken.stream().filter(SessionPlace::isWaitlisted)
                .forEach(place -> promotions.fill(SeatScope.session(congress.id(), place.sessionId())));
        // After the places are handed on, so that a failure here loses no place.
        if (!admittedBefore.equals(Set.copyOf(saved.confirmedSessionIds()))) {
            tickets.revoke(saved.id(), TicketRevocations.CHANGED);
        }
        return saved;
    }

    /** Takes the place offered from the wait list, before the offer expires. */
    public Registration acceptOffer(String code, String token) {
        Registration registration = held(code, token);
        if (registration.status() != RegistrationStatus.OFFERED) {
            throw new ConflictException("No place is offered to this registration; it is " + registration.status()
                    + ".");
        }
        Instant now = clock.instant();
        if (!now.isBefore(registration.offerExpiresAt())) {
            throw new ConflictException("The offer expired at " + registration.offerExpiresAt() + ".");
        }
        List<SessionPlace> taken = places.takeSessions(registration.congressId(), registration.id(),
                registration.sessionIds());
        registration.acceptOffer(taken, now);
        return saveOrConflict(registration, taken);
    }

    /**
     * Cancels: the places it held go to the next person waiting (also when it had itself been promoted:
     * pretix #1163), its places in lines are left, and its ticket goes on the revocation list. Cancelling
     * twice answers as the first time did, and completes a revocation the first attempt did not get to.
     */
    public Registration cancel(String code, String token) {
        for (int attempt = 0; ; attempt++) {
            Registration registration = held(code, token);
            if (registration.status().isOver()) {
                if (registration.status() == RegistrationStatus.CANCELLED) {
                    tickets.revoke(registration.id(), TicketRevocations.CANCELLED);
                }
                return registration;
            }
            RegistrationStatus before = registration.status();
            Long positionBefore = registration.position();
            List<SessionPlace> sessionsBefore = registration.sessions();
            registration.cancel(clock.instant());
            try {
                registrations.save(registration);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 2) {
                    throw new ConflictException("The registration keeps changing; try again.");
                }
                continue;
            }
            SeatScope congressScope = SeatScope.congress(registration.congressId());
            if (before == RegistrationStatus.WAITLISTED && positionBefore != null) {
                line.leave(congressScope, positionBefore);
            }
            if (before == RegistrationStatus.CONFIRMED) {
                release(registration.congressId(), sessionsBefore);
            }
            if (before.holdsPlace()) {
                promotions.handOver(congressScope);
            }
            // After the places are handed on, so that a failure here loses no place; a retry revokes.
            tickets.revoke(registration.id(), TicketRevocations.CANCELLED);
            congresses.forSystem(registration.congressId()).ifPresent(congress -> mails.cancelled(registration,
                    congress));
            return registration;
        }
    }

    /** TIMED_OFFER: offers not accepted by {@code now} lapse, and their places go to the next in line. */
    public int expireOffersDue(Instant now) {
        int expired = 0;
        List<Registration> due = registrations.findForSystem(Criteria.where("status")
                .is(RegistrationStatus.OFFERED.name()).and("offerExpiresAt").lte(now),
                PageRequest.of(0, 200, Sort.by("offerExpiresAt"))).getContent();
        for (Registration registration : due) {
            registration.expireOffer(now);
            try {
                registrations.save(registration);
            } catch (OptimisticLockingFailureException acceptedMeanwhile) {
                continue;
            }
            expired++;
            promotions.handOver(SeatScope.congress(registration.congressId()));
            congresses.forSystem(registration.congressId()).ifPresent(congress -> mails.cancelled(registration,
                    congress));
        }
        return expired;
    }

    private void release(String congressId, List<SessionPlace> left) {
        for (SessionPlace place : left) {
            SeatScope scope = SeatScope.session(congressId, place.sessionId());
            if (place.isConfirmed()) {
                promotions.handOver(scope);
            } else if (place.isWaitlisted()) {
                line.leave(scope, place.position());
            }
        }
    }

    private Registration saveOrConflict(Registration registration, List<SessionPlace> taken) {
        try {
            return registrations.save(registration);
        } catch (OptimisticLockingFailureException raced) {
            promotions.giveBack(registration.congressId(), taken);
            throw new ConflictException("The registration changed meanwhile; look at it again and retry.");
        }
    }

    private Registration held(String code, String token) {
        return byCode(code).filter(found -> RegistrationCodes.matches(token, found.tokenHash()))
                .orElseThrow(() -> NotFoundException.of("Registration", code));
    }

    Optional<Registration> byCode(String code) {
        return registrations.findForSystem(Criteria.where("code").is(RegistrationCodes.normalise(code)),
                PageRequest.of(0, 1)).stream().findFirst();
    }

    private Congress congressOf(Registration registration) {
        return congresses.forSystem(registration.congressId())
                .orElseThrow(() -> NotFoundException.of("Congress", registration.congressId()));
    }

    /** The sessions as chosen: existing, each once, and no two at the same time. */
    static List<String> chosenSessions(Congress congress, List<String> sessionIds) {
        if (sessionIds == null || sessionIds.isEmpty()) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>(sessionIds);
        List<Session> sessions = new ArrayList<>();
        for (String id : unique) {
            sessions.add(congress.session(id)
                    .orElseThrow(() -> new InvalidValueException("sessions", "names no session of the congress: " + id)));
        }
        Set<String> seen = new HashSet<>();
        for (Session one : sessions) {
            seen.add(one.id());
            for (Session other : sessions) {
                if (!seen.contains(other.id()) && one.overlaps(other)) {
                    throw new InvalidValueException("sessions", "chooses sessions at the same time: " + one.id()
                            + " and " + other.id());
                }
            }
        }
        return List.copyOf(unique);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
