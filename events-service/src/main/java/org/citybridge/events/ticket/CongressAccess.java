package org.citybridge.events.ticket;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Component;

/**
 * Whether a caller organises a congress, by the rule of the congress routes: an organiser of the owner
 * city or of a co-organising one (Münster on Almelo's joint congress). Another city's congress, or none,
 * is "not found", so that its existence is not revealed. What tickets and check-in store stays the owner
 * city's ({@link Congress#municipality()}), whichever organiser made it.
 */
@Component
public class CongressAccess {

    private final CongressService congresses;

    CongressAccess(CongressService congresses) {
        this.congresses = congresses;
    }

    /** The congress, which the caller's city organises; otherwise {@link org.citybridge.platform.domain.NotFoundException}. */
    public Congress requireOrganiser(Caller caller, String congressId) {
        return congresses.managed(caller, congressId);
    }
}
