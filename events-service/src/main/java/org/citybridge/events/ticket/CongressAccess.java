package org.citybridge.events.ticket;

import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Component;

/**
 * Whether a caller organises a congress: the congress's owner city (as registrations tell it) must be
 * the caller's. Another city's congress, or none, is "not found", so that its existence is not revealed.
 */
@Component
public class CongressAccess {

    private final TicketHoldersSeam holders;

    CongressAccess(TicketHoldersSeam holders) {
        this.holders = holders;
    }

    /** The congress's city, which is the caller's; otherwise {@link NotFoundException}. */
    public String requireOrganiser(Caller caller, String congressId) {
        return holders.get().municipalityOfCongress(congressId).filter(caller::belongsTo)
                .orElseThrow(() -> NotFoundException.of("Congress", congressId));
    }
}
