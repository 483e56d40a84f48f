package org.citybridge.events.badge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.congress.Texts;
import org.citybridge.events.ticket.CongressAccess;
import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.events.ticket.TicketHolders;
import org.citybridge.events.ticket.TicketHoldersSeam;
import org.citybridge.events.ticket.TicketService;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Badges carry the current ticket, so a badge doubles as the ticket at the door; a badge printed
 * before a change of sessions shows a revoked QR code and is printed again.
 */
@Service
public class BadgeService {

    private static final int PAGE = 200;

    private final TicketService tickets;
    private final TicketHoldersSeam holders;
    private final CongressAccess access;
    private final CongressService congresses;

    BadgeService(TicketService tickets, TicketHoldersSeam holders, CongressAccess access, CongressService congresses) {
        this.tickets = tickets;
        this.holders = holders;
        this.access = access;
        this.congresses = congresses;
    }

    /**
     * The holder's own badge (with the registration's management token), in {@code language} when one is
     * asked for, else in the language the person registered in.
     */
    public Badge badgeOf(String code, String managementToken, String language) {
        TicketHolder holder = tickets.holderFor(code, managementToken);
        return badge(holder, congresses.forSystem(holder.congressId()).map(Congress::title).orElse(Map.of()),
                language == null ? holder.language() : language);
    }

    /**
     * Every confirmed attendee's badge, in the order registrations list them, for the congress's organisers;
     * each in its attendee's language, since the attendee wears it.
     */
    public List<Badge> badgesOf(Caller caller, String congressId) {
        Congress congress = access.requireOrganiser(caller, congressId);
        TicketHolders registrations = holders.get();
        List<Badge> badges = new ArrayList<>();
        Pageable page = PageRequest.of(0, PAGE);
        Page<TicketHolder> confirmed;
        do {
            confirmed = registrations.confirmedOf(congressId, page);
            confirmed.forEach(holder -> badges.add(badge(holder, congress.title(), holder.language())));
            page = page.next();
        } while (confirmed.hasNext());
        return badges;
    }

    private Badge badge(TicketHolder holder, Map<String, String> congressTitle, String language) {
        return new Badge(Texts.in(congressTitle, language), Texts.languageShown(congressTitle, language), holder.name(),
                holder.organisation(), holder.city(), tickets.currentTicket(holder).secret(), language);
    }
}
