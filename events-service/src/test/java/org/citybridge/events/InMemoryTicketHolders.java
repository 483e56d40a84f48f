package org.citybridge.events;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.events.ticket.TicketHolders;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Registrations as tickets, check-in and badges see them, kept in memory for their tests until the
 * registrations of congress/ and registration/ implement {@link TicketHolders}. Tests add the congresses
 * and holders they need, each with fresh ids, so no test depends on another's data. It is primary so
 * that these tests keep their own data once registrations provide the real implementation beside it;
 * the end-to-end path through real registrations is that wiring's own test.
 */
@Component
@Primary
public class InMemoryTicketHolders implements TicketHolders {

    public static final Instant OPENS = Instant.parse("2030-05-12T07:00:00Z");
    public static final Instant CLOSES = Instant.parse("2030-05-12T18:00:00Z");

    private final Map<String, String> congresses = new ConcurrentHashMap<>();
    private final Map<String, TicketHolder> byId = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** A new congress of this city; returns its id. */
    public String congress(String municipality) {
        String id = "congress-" + UUID.randomUUID();
        congresses.put(id, municipality);
        return id;
    }

    /** A confirmed registration for the congress, with the sessions given; returns it. */
    public TicketHolder confirmed(String congressId, String name, String organisation, String city,
            List<String> sessions) {
        String id = "registration-" + UUID.randomUUID();
        String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        TicketHolder holder = new TicketHolder(id, code, congressId, congresses.get(congressId), name, organisation,
                city, "nl", true, sessions, OPENS, CLOSES);
        byId.put(id, holder);
        tokens.put(code, "token-" + code);
        return holder;
    }

    public String tokenOf(TicketHolder holder) {
        return tokens.get(holder.code());
    }

    /** Replaces what registrations say of a holder (cancelled, sessions changed). */
    public TicketHolder update(TicketHolder changed) {
        byId.put(changed.registrationId(), changed);
        return changed;
    }

    public TicketHolder cancel(TicketHolder holder) {
        return update(new TicketHolder(holder.registrationId(), holder.code(), holder.congressId(),
                holder.municipality(), holder.name(), holder.organisation(), holder.city(), holder.language(), false,
                holder.sessionIds(), holder.validFrom(), holder.validUntil()));
    }

    @Override
    public Optional<TicketHolder> byCode(String code) {
        return byId.values().stream().filter(holder -> holder.code().equals(code)).findFirst();
    }

    @Override
    public Optional<TicketHolder> byRegistrationId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<TicketHolder> confirmedOf(String congressId, Pageable page) {
        List<TicketHolder> all = byId.values().stream()
                .filter(holder -> holder.congressId().equals(congressId) && holder.confirmed())
                .sorted(Comparator.comparing(TicketHolder::name).thenComparing(TicketHolder::registrationId))
                .toList();
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }

    @Override
    public boolean registrationTokenMatches(String code, String managementToken) {
        return managementToken != null && managementToken.equals(tokens.get(code));
    }

    @Override
    public Optional<String> municipalityOfCongress(String congressId) {
        return Optional.ofNullable(congresses.get(congressId));
    }
}
