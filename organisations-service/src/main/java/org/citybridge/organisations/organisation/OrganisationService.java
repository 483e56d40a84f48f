package org.citybridge.organisations.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.ForbiddenException;
import org.citybridge.platform.web.NotFoundException;
import org.citybridge.platform.web.PreconditionFailedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * The organisation use cases with their tenancy rules: a caller sees its own city's organisations and
 * those other cities share (NETWORK, PUBLIC); what it cannot see does not exist for it (404); what it
 * sees but does not own it may not change (403).
 */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final MongoTemplate mongo;

    OrganisationService(OrganisationRepository organisations, MongoTemplate mongo) {
        this.organisations = organisations;
        this.mongo = mongo;
    }

    public Organisation register(Caller caller, OrganisationDetails details) {
        return organisations.save(Organisation.register(caller.requireMunicipality(), details));
    }

    /** The organisation if the caller may see it; 404 otherwise, as if it did not exist. */
    public Organisation get(String id, Caller caller) {
        return organisations.findById(id)
                .filter(organisation -> organisation.isVisibleTo(caller))
                .orElseThrow(() -> NotFoundException.of("Organisation", id));
    }

    /** The organisation if the caller may change it: 404 when it may not even see it, 403 when it only sees it. */
    public Organisation getForChange(String id, Caller caller) {
        Organisation organisation = get(id, caller);
        if (!organisation.mayBeChangedBy(caller)) {
            throw new ForbiddenException("Only an officer of " + organisation.municipality()
                    + " may change this organisation.");
        }
        return organisation;
    }

    /** The organisation if the caller may read its logo (see {@link Organisation#logoIsReadableBy}); 404 otherwise. */
    public Organisation getForLogo(String id, Caller caller) {
        return organisations.findById(id)
                .filter(organisation -> organisation.logoIsReadableBy(caller))
                .orElseThrow(() -> NotFoundException.of("Organisation", id));
    }

    /**
     * Applies a change that needs no If-Match (it overwrites nothing the caller read) to the current
     * state: a concurrent save of the same organisation makes it read again and retry.
     */
    public Organisation change(String id, Caller caller, Consumer<Organisation> change) {
        for (int attempt = 1; ; attempt++) {
            Organisation organisation = getForChange(id, caller);
            change.accept(organisation);
            try {
                return organisations.save(organisation);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw new PreconditionFailedException("The organisation keeps changing; try again.");
                }
            }
        }
    }

    /** Saves a changed organisation; someone else's change since it was read is a failed precondition. */
    public Organisation save(Organisation organisation) {
        try {
            return organisations.save(organisation);
        } catch (OptimisticLockingFailureException e) {
            throw new PreconditionFailedException("The organisation was changed in the meantime; read it again.");
        }
    }

    public Organisation update(Organisation organisation, OrganisationDetails details) {
        return organisation.update(details) ? save(organisation) : organisation;
    }

    public Organisation deactivate(Organisation organisation) {
        return organisation.deactivate() ? save(organisation) : organisation;
    }

    public Organisation reactivate(Organisation organisation) {
        return organisation.reactivate() ? save(organisation) : organisation;
    }

    /** The caller's own organisations and those other cities share, filtered. Never another city's PRIVATE ones. */
    public Page<Organisation> list(Caller caller, OrganisationFilter filter, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>();
        Criteria shared = Criteria.where("visibility").in(Visibility.NETWORK.name(), Visibility.PUBLIC.name());
        criteria.add(caller.municipality() == null ? shared
                : new Criteria().orOperator(Criteria.where("municipality").is(caller.municipality()), shared));
        return find(criteria, filter, pageable);
    }

    /** The municipal departments of the caller's own city: its internal network with their contact persons. */
    public Page<Organisation> departments(Caller caller, OrganisationFilter filter, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(Criteria.where("municipality").is(caller.requireMunicipality()));
        criteria.add(Criteria.where("kind").is(OrganisationKind.MUNICIPAL_DEPARTMENT.name()));
        return find(criteria, new OrganisationFilter(null, filter.community(), filter.status(), filter.text()),
                pageable);
    }

    private Page<Organisation> find(List<Criteria> criteria, OrganisationFilter filter, Pageable pageable) {
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
        Query query = new Query(new Criteria().andOperator(criteria)).with(pageable);
        List<Organisation> content = mongo.find(query, Organisation.class);
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), Organisation.class));
    }
}
