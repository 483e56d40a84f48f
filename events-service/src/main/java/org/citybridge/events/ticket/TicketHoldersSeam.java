package org.citybridge.events.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where tickets, check-in and badges get the {@link TicketHolders} that registrations provide
 * ({@code registration/RegistrationTicketHolders}), looked up when first needed. Should the bean ever be
 * missing (a context without registrations), the service still starts, says so in its log, and these
 * features fail loudly rather than answering as if nobody had registered.
 */
@Component
public class TicketHoldersSeam {

    private static final Logger log = LoggerFactory.getLogger(TicketHoldersSeam.class);

    private final ObjectProvider<TicketHolders> holders;

    TicketHoldersSeam(ObjectProvider<TicketHolders> holders) {
        this.holders = holders;
    }

    /** Asked once everything is created, so that registrations may themselves use tickets (no cycle at start). */
    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherWired() {
        if (holders.getIfAvailable() == null) {
            log.warn("No TicketHolders bean: tickets, check-in and badges cannot read registrations until one is wired");
        }
    }

    public TicketHolders get() {
        TicketHolders wired = holders.getIfAvailable();
        if (wired == null) {
            throw new IllegalStateException("No TicketHolders bean: registrations are not wired to tickets");
        }
        return wired;
    }
}
