package org.citybridge.events.registration;

import java.util.Optional;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Registrations as tickets, check-in and badges read them. These are system reads: the caller's right
 * (an organiser of the congress, a door device, the holder's token) is checked by the feature that asks.
 */
@Service
public class RegistrationLookup {

    private final TenantStore<Registration> registrations;

    RegistrationLookup(AggregateStores stores) {
        this.registrations = stores.tenantOwned(Registration.class);
    }

    public Optional<RegistrationFacts> byId(String registrationId) {
        return registrations.findForSystem(registrationId).map(RegistrationFacts::of);
    }

    /** By the code a person reads out (any case, with or without the dash). */
    public Optional<RegistrationFacts> byCode(String code) {
        return registrations.findForSystem(Criteria.where("code").is(RegistrationCodes.normalise(code)),
                Pageable.ofSize(1)).stream().findFirst().map(RegistrationFacts::of);
    }

    /** The confirmed registrations of a congress, in pages: a check-in list, a badge sheet. */
    public Page<RegistrationFacts> confirmedOf(String congressId, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("registeredAt", "id"));
        return registrations.findForSystem(Criteria.where("congressId").is(congressId).and("status")
                .is(RegistrationStatus.CONFIRMED.name()), sorted).map(RegistrationFacts::of);
    }

    /** Whether a registration of this code exists and {@code token} is its management token. */
    public boolean tokenMatches(String code, String token) {
        return registrations.findForSystem(Criteria.where("code").is(RegistrationCodes.normalise(code)),
                Pageable.ofSize(1)).stream().findFirst()
                .map(registration -> RegistrationCodes.matches(token, registration.tokenHash())).orElse(false);
    }
}
