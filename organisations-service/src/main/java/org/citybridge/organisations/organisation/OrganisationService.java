package org.citybridge.organisations.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.search.SearchText;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The organisation use cases with their tenancy rules: a caller sees its own city's organisations and
 * those other cities share (NETWORK, PUBLIC); what it cannot see does not exist for it (404); what it
 * sees but does not own it may not change (403). Which roles may call each use case is declared on
 * its route.
 */
@Service
public class OrganisationService {

    private final TenantStore<Organisation> organisations;

    OrganisationService(AggregateStores stores) {
        this.organisations = stores.tenantOwned(Organisation.class);
    }

    public Organisation register(Caller caller, OrganisationDetails details) {
        return organisations.save(Organisation.register(caller.requireMunicipality(), details));
    }

    /** The organisation if the caller may see it; 404 otherwise, as if it did not exist. */
    public Organisation get(OrganisationId id, Caller caller) {
        return organisations.findVisible(caller, id.value()).orElseThrow(() -> NotFoundException.of("Organisation", id));
    }

    /** The organisation if the caller may change it: 404 when it may not even see it, 403 when it only sees it. */
    public Organisation getForChange(OrganisationId id, Caller caller) {
        Organisation organisation = get(id, caller);
        if (!organisation.isOwnedBy(caller)) {
            throw new NotAllowedException("Only an officer of " + organisation.municipality()
                    + " may change this organisation.");
        }
        return organisation;
    }

    /**
     * The organisation if the caller may read its logo: whoever may see the organisation, and anyone
     * once it consented to be listed publicly (see {@link Organisation#logoIsReadableBy}); 404 otherwise.
     */
    public Organisation getForLogo(OrganisationId id, Caller caller) {
        return organisations.findVisible(caller, id.value())
                .or(() -> organisations.findForSystem(id.value()).filter(Organisation::publiclyListed))
                .orElseThrow(() -> NotFoundException.of("Organisation", id));
    }

    /**
     * Applies a change that needs no If-Match (it overwrites nothing the caller read) to the current
     * state: a concurrent save of the same organisation makes it read again and retry.
     */
    public Organisation change(OrganisationId id, Caller caller, Consumer<Organisation> change) {
        return ConcurrentSaves.retried("organisation", () -> {
            Organisation organisation = getForChange(id, caller);
            change.accept(organisation);
            return organisations.save(organisation);
        });
    }

    /**
     * These write the organisation as read: someone else's save since then fails with
     * {@link OptimisticLockingFailureException}, which the caller's If-Match makes a failed precondition.
     */
    public Organisation update(Organisation organisation, OrganisationDetails details) {
        return organisation.update(details) ? organisations.save(organisation) : organisation;
    }

    public Organisation deactivate(Organisation organisation) {
        return organisation.deactivate() ? organisations.save(organisation) : organisation;
    }

    public Organisation reactivate(Organisation organisation) {
        return organisation.reactivate() ? organisations.save(organisation) : organisation;
    }

    /** The caller's own organisations and those other cities share, filtered. Never another city's PRIVATE ones. */
    public Page<Organisation> list(Caller caller, OrganisationFilter filter, Pageable pageable) {
        return organisations.findVisible(caller, criteria(filter), pageable);
    }

    /** The municipal departments of the caller's own city: its internal network with their contact persons. */
    public Page<Organisation> departments(Caller caller, OrganisationFilter filter, Pageable pageable) {
        caller.requireMunicipality();
        OrganisationFilter departments = new OrganisationFilter(OrganisationKind.MUNICIPAL_DEPARTMENT,
                filter.community(), filter.status(), filter.text());
        return organisations.findOwned(caller, criteria(departments), pageable);
    }

    private static Criteria criteria(OrganisationFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.kind() != null) {
            criteria.add(Criteria.where("kind").is(filter.kind().name()));
        }
        if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.community() != null && !filter.community().isBlank()) {
            criteria.add(Criteria.where("communities").is(filter.community().trim()));
        }
        String text = SearchText.normalise(filter.text());
        if (!text.isEmpty()) {
            criteria.add(Criteria.where("searchName").regex(SearchText.literalRegex(text)));
        }
        return criteria.isEmpty() ? null : new Criteria().andOperator(criteria);
    }
}
