package org.citybridge.events.badge;

import java.util.ArrayList;
import java.util.List;

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

    BadgeService(TicketService tickets, TicketHoldersSeam holders, CongressAccess access) {
        this.tickets = tickets;
        this.holders = holders;
        this.access = access;
    }

    /** The holder's own badge (with the registration's management token). */
    public Badge badgeOf(String code, String managementToken) {
        return badge(tickets.holderFor(code, managementToken));
    }

    /** Every confirmed attendee's badge, in the order registrations list them, for the congress's organisers. */
    public List<Badge> badgesOf(Caller caller, String congressId) {
        access.requireOrganiser(caller, congressId);
        TicketHolders registrations = holders.get();
        List<Badge> badges = new ArrayList<>();
        Pageable page = PageRequest.of(0, PAGE);
        Page<TicketHolder> confirmed;
        do {
            confirmed = registrations.confirmedOf(congressId, page);
            confirmed.forEach(holder -> badges.add(badge(holder)));
            page = page.next();
        } while (confirmed.hasNext());
        return badges;
    }

    private Badge badge(TicketHolder holder) {
        return new Badge(holder.name(), holder.organisation(), holder.city(), tickets.currentTicket(holder).secret());
    }
}
