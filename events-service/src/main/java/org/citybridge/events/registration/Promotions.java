package org.citybridge.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.congress.WaitListMode;
import org.citybridge.events.seat.SeatScope;
import org.citybridge.events.seat.Seats;
import org.citybridge.events.seat.WaitingLine;
import org.citybridge.events.seat.WaitingLine.Waiting;
import org.citybridge.events.ticket.TicketRevocations;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Gives a place that came free to the first person waiting for it, exactly once, without a lock: the
 * person is first taken out of the line by an atomic removal of their entry, which only one of several
 * racing hand-overs (on any instance) can do; the others move on to the next person. A place
 * nobody waits for goes back to the free ones, and the line is looked at once more in case someone
 * joined it meanwhile (they found no free place, because it was being handed over).
 */
@Service
class Promotions {

    private static final Logger log = LoggerFactory.getLogger(Promotions.class);
    private static final int BATCH = 10;

    private enum Outcome { PROMOTED, STALE, NOT_READY }

    private final TenantStore<Registration> registrations;
    private final CongressService congresses;
    private final Seats seats;
    private final WaitingLine line;
    private final Places places;
    private final RegistrationMails mails;
    private final TicketRevocations tickets;
    private final Clock clock;

    Promotions(AggregateStores stores, CongressService congresses, Seats seats, WaitingLine line, Places places,
            RegistrationMails mails, TicketRevocations tickets, Clock clock) {
        this.registrations = stores.tenantOwned(Registration.class);
        this.congresses = congresses;
        this.seats = seats;
        this.line = line;
        this.places = places;
        this.mails = mails;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The caller holds one place of {@code scope} it no longer needs: the next in line gets it, or nobody. */
    void handOver(SeatScope scope) {
        handOver(scope, true);
    }

    /** Places that are free while people wait (a race at the moment one was handed back) go to them. */
    void fill(SeatScope scope) {
        while (line.anyone(scope) && seats.take(scope)) {
            if (!handOver(scope, false)) {
                return;
            }
        }
    }

    /** @return whether someone got the place */
    private boolean handOver(SeatScope scope, boolean lookAgain) {
        while (true) {
            List<Waiting> first = line.first(scope, BATCH);
            boolean anyNotReady = false;
            for (Waiting waiting : first) {
                if (!line.claim(scope, waiting.position())) {
                    continue;
                }
                Outcome outcome = promote(scope, waiting);
                if (outcome == Outcome.PROMOTED) {
                    return true;
                }
                if (outcome == Outcome.NOT_READY) {
                    line.join(scope, waiting.position(), waiting.registrationId());
                    anyNotReady = true;
                }
            }
            if (first.size() < BATCH || anyNotReady) {
                seats.giveBack(scope);
                if (lookAgain) {
                    fill(scope);
                }
                return false;
            }
        }
    }

    /** Promotes a person this caller took out of the line; STALE when they no longer wait there. */
    private Outcome promote(SeatScope scope, Waiting waiting) {
        for (int attempt = 0; ; attempt++) {
            Optional<Registration> found = registrations.findForSystem(waiting.registrationId());
            if (found.isEmpty()) {
                return Outcome.STALE;
            }
            Registration registration = found.get();
            if (registration.status() == RegistrationStatus.PENDING) {
                // Its own request puts it in order when it has saved; the place goes to the next meanwhile.
                return Outcome.NOT_READY;
            }
            Optional<Congress> congress = congresses.forSystem(registration.congressId());
            if (congress.isEmpty()) {
                return Outcome.STALE;
            }
            Instant now = clock.instant();
            List<SessionPlace> taken = List.of();
            if (scope.isCongress()) {
                if (registration.status() != RegistrationStatus.WAITLISTED
                        || !Long.valueOf(waiting.position()).equals(registration.position())) {
                    return Outcome.STALE;
                }
                if (congress.get().waitListMode() == WaitListMode.TIMED_OFFER) {
                    registration.offer(now.plus(Duration.ofHours(congress.get().offerHours())), now);
                } else {
                    taken = places.takeSessions(registration.congressId(), registration.id(), registration.sessionIds());
                    registration.promote(taken, now);
                }
            } else {
                if (!registration.waitsInSession(scope.scope(), waiting.position())) {
                    return Outcome.STALE;
                }
                registration.promoteInSession(scope.scope(), now);
            }
            try {
                registrations.save(registration);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // The person changed their registration meanwhile (sessions, cancellation): look again.
                giveBack(registration.congressId(), taken);
                if (attempt == 5) {
                    return Outcome.NOT_READY;
                }
                continue;
            }
            if (!scope.isCongress()) {
                // Its ticket names the sessions it may enter, and now there is one more.
                tickets.revoke(registration.id(), TicketRevocations.CHANGED);
            }
            mails.promoted(registration, congress.get());
            log.info("Registration {} of congress {} got a place in {} from the wait list (position {})",
                    registration.code(), registration.congressId(), scope.scope(), waiting.position());
            return Outcome.PROMOTED;
        }
    }

    /** Session places taken for a promotion that lost its race go on to the next in those lines. */
    void giveBack(String congressId, List<SessionPlace> taken) {
        for (SessionPlace place : taken) {
            SeatScope scope = SeatScope.session(congressId, place.sessionId());
            if (place.isConfirmed()) {
                handOver(scope);
            } else if (place.isWaitlisted()) {
                line.leave(scope, place.position());
            }
        }
    }
}
