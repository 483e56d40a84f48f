package org.citybridge.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.events.ticket.TicketHolders;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Registrations as tickets, check-in and badges see them. A ticket admits to the sessions the
 * registration holds a place in, from {@link #DOORS_OPEN} before the congress starts until
 * {@link #DOORS_CLOSE} after it ends: people pick up their badge before the opening, and a last session
 * may overrun.
 */
@Component
class RegistrationTicketHolders implements TicketHolders {

    static final Duration DOORS_OPEN = Duration.ofHours(2);
    static final Duration DOORS_CLOSE = Duration.ofHours(2);
    /** Registration codes are 9 characters; anything longer a door device sends is a ticket secret. */
    private static final int LONGEST_CODE = 40;

    private final RegistrationLookup registrations;
    private final CongressService congresses;

    RegistrationTicketHolders(RegistrationLookup registrations, CongressService congresses) {
        this.registrations = registrations;
        this.congresses = congresses;
    }

    @Override
    public Optional<TicketHolder> byCode(String code) {
        if (code == null || code.isBlank() || code.strip().length() > LONGEST_CODE) {
            return Optional.empty();
        }
        return registrations.byCode(code).flatMap(facts -> holder(facts, new HashMap<>()));
    }

    @Override
    public Optional<TicketHolder> byRegistrationId(String id) {
        return registrations.byId(id).flatMap(facts -> holder(facts, new HashMap<>()));
    }

    /** In the order of registration (then id), so that pages of a badge sheet neither skip nor repeat anyone. */
    @Override
    public Page<TicketHolder> confirmedOf(String congressId, Pageable page) {
        Map<String, Optional<Congress>> congressesSeen = new HashMap<>();
        return registrations.confirmedOf(congressId,
                PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .map(facts -> holder(facts, congressesSeen).orElseThrow(
                        () -> new IllegalStateException("Registration " + facts.id() + " of no congress")));
    }

    @Override
    public boolean registrationTokenMatches(String code, String managementToken) {
        return code != null && code.strip().length() <= LONGEST_CODE && registrations.tokenMatches(code, managementToken);
    }

    /** Empty when the congress is gone: a registration without its congress admits nobody. */
    private Optional<TicketHolder> holder(RegistrationFacts facts, Map<String, Optional<Congress>> congressesSeen) {
        return congressesSeen.computeIfAbsent(facts.congressId(), congresses::forSystem).map(congress ->
                new TicketHolder(facts.id(), facts.code(), facts.congressId(), facts.municipality(), facts.name(),
                        facts.organisation(), facts.attendeeMunicipality(), facts.language(), facts.isConfirmed(),
                        facts.confirmedSessionIds(), validFrom(congress), validUntil(congress)));
    }

    static Instant validFrom(Congress congress) {
        return congress.startsAt().minus(DOORS_OPEN);
    }

    static Instant validUntil(Congress congress) {
        return congress.endsAt().plus(DOORS_CLOSE);
    }
}
