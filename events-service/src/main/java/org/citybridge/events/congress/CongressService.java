package org.citybridge.events.congress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.events.seat.SeatScope;
import org.citybridge.events.seat.Seats;
import org.citybridge.events.venue.VenueService;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Congresses as organisers plan them and everyone else sees them. A congress is read by whoever its
 * visibility admits and by the organisers of every organising city (a PRIVATE joint congress of Almelo
 * and Münster is Münster's business too); it is changed only by those organisers.
 */
@Service
public class CongressService {

    private final TenantStore<Congress> congresses;
    private final VenueService venues;
    private final Seats seats;
    private final Clock clock;

    CongressService(AggregateStores stores, VenueService venues, Seats seats, Clock clock) {
        this.congresses = stores.tenantOwned(Congress.class);
        this.venues = venues;
        this.seats = seats;
        this.clock = clock;
    }

    /** A new congress of the organiser's city, published at once unless {@code draft}. */
    public Congress plan(Caller caller, CongressPlan plan, List<SessionPlan> sessions, boolean draft) {
        return save(Congress.plan(caller.requireMunicipality(), requireVenueVisible(caller, plan)), sessions, draft);
    }

    /** For demo data: with a fixed id, left alone when it exists. */
    public Optional<Congress> planIfAbsent(String id, String municipality, CongressPlan plan, List<SessionPlan> sessions) {
        if (congresses.findForSystem(id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(save(Congress.plan(id, municipality, plan), sessions, false));
    }

    private Congress save(Congress congress, List<SessionPlan> sessions, boolean draft) {
        for (int i = 0; i < sessions.size(); i++) {
            SessionPlan session = sessions.get(i);
            try {
                congress.addSession(session.title(), session.startsAt(), session.endsAt(), session.room(),
                        session.capacity() == null ? congress.capacity() : session.capacity(), session.speakers());
            } catch (InvalidValueException e) {
                throw new InvalidValueException("sessions[" + i + "]." + e.property(), e.reason());
            }
        }
        if (!draft) {
            congress.publish(clock.instant());
        }
        offerPlaces(congress);
        return congresses.save(congress);
    }

    /** Counters first: a registration that finds the congress published finds its places too. */
    private void offerPlaces(Congress congress) {
        seats.offer(SeatScope.congress(congress.id()), congress.capacity());
        congress.sessions().forEach(session -> seats.offer(SeatScope.session(congress.id(), session.id()),
                session.capacity()));
    }

    public Congress publish(Caller caller, String id) {
        return ConcurrentSaves.retried("congress", () -> {
            Congress congress = managed(caller, id);
            congress.publish(clock.instant());
            return congresses.save(congress);
        });
    }

    public Session addSession(Caller caller, String id, SessionPlan plan) {
        return ConcurrentSaves.retried("congress", () -> {
            Congress congress = managed(caller, id);
            Session session = congress.addSession(plan.title(), plan.startsAt(), plan.endsAt(), plan.room(),
                    plan.capacity() == null ? congress.capacity() : plan.capacity(), plan.speakers());
            seats.offer(SeatScope.session(congress.id(), session.id()), session.capacity());
            congresses.save(congress);
            return session;
        });
    }

    /** A congress the caller may read: visible to it, or organised by its city. */
    public Congress get(Caller caller, String id) {
        return congresses.findForSystem(id).filter(congress -> readableBy(caller, congress))
                .orElseThrow(() -> NotFoundException.of("Congress", id));
    }

    /** A congress the caller's city organises; others do not learn that it exists. */
    public Congress managed(Caller caller, String id) {
        return congresses.findForSystem(id).filter(congress -> congress.isOrganisedBy(caller.municipality()))
                .orElseThrow(() -> NotFoundException.of("Congress", id));
    }

    public Page<Congress> list(Caller caller, Pageable pageable) {
        Criteria visible = TenantScope.visibleTo(caller);
        Criteria readable = caller.municipality() == null ? visible
                : new Criteria().orOperator(visible, Criteria.where("coOrganisers").is(caller.municipality()));
        return congresses.findForSystem(new Criteria().andOperator(readable,
                new Criteria().orOperator(Criteria.where("status").is(CongressStatus.PUBLISHED.name()),
                        organisedBy(caller))), pageable);
    }

    private static Criteria organisedBy(Caller caller) {
        String city = caller.municipality() == null ? "\u0000none" : caller.municipality();
        return new Criteria().orOperator(Criteria.where(TenantScope.MUNICIPALITY).is(city),
                Criteria.where("coOrganisers").is(city));
    }

    /** Published public congresses, for anyone. */
    public Page<Congress> publicList(Pageable pageable) {
        return congresses.findVisible(Caller.anonymous(),
                Criteria.where("status").is(CongressStatus.PUBLISHED.name()), pageable);
    }

    public Congress publicGet(String id) {
        return congresses.findVisible(Caller.anonymous(), id)
                .filter(congress -> congress.status() == CongressStatus.PUBLISHED)
                .orElseThrow(() -> NotFoundException.of("Congress", id));
    }

    /** The free places of the congress ({@value SeatScope#CONGRESS}) and of each session, by id. */
    public Map<String, Integer> freePlaces(Congress congress) {
        return seats.freeByScope(congress.id());
    }

    /** For registration and jobs, which act for the person or for nobody in particular. */
    public Optional<Congress> forSystem(String id) {
        return congresses.findForSystem(id);
    }

    public Page<Congress> forSystem(Criteria filter, Pageable pageable) {
        return congresses.findForSystem(filter, pageable);
    }

    public Congress save(Congress congress) {
        return congresses.save(congress);
    }

    public Optional<String> venueName(Congress congress) {
        return venues.forCongress(congress.venueId()).map(venue -> venue.name());
    }

    private static boolean readableBy(Caller caller, Congress congress) {
        if (congress.isOrganisedBy(caller.municipality())) {
            return true;
        }
        return congress.status() == CongressStatus.PUBLISHED
                && congress.visibility().visibleTo(congress.municipality(), caller);
    }

    private CongressPlan requireVenueVisible(Caller caller, CongressPlan plan) {
        if (plan.venueId() != null) {
            try {
                venues.get(caller, plan.venueId());
            } catch (NotFoundException e) {
                throw new InvalidValueException("venueId", "names no venue you can see: " + plan.venueId());
            }
        }
        return plan;
    }

}
