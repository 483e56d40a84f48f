package org.citybridge.platform.tenancy;

import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * THE filter of tenant-owned documents, built from the caller's token and never from the request:
 * own city's documents whatever their visibility; other cities' NETWORK and PUBLIC ones; PUBLIC ones
 * only for anonymous callers. The network admin belongs to no city, so it reads what the network
 * shares and owns nothing. Stores apply it to every read; an architecture test keeps services from
 * querying tenant-owned documents any other way.
 */
public final class TenantScope {

    public static final String MUNICIPALITY = "municipality";
    public static final String VISIBILITY = "visibility";

    private TenantScope() {
    }

    public static Criteria visibleTo(Caller caller) {
        if (caller.isAnonymous()) {
            return Criteria.where(VISIBILITY).is(Visibility.PUBLIC.name());
        }
        Criteria shared = Criteria.where(VISIBILITY).in(Visibility.NETWORK.name(), Visibility.PUBLIC.name());
        return caller.municipality() == null ? shared
                : new Criteria().orOperator(Criteria.where(MUNICIPALITY).is(caller.municipality()), shared);
    }

    /** The caller's own city's documents; empty for a caller of no city, who owns nothing. */
    public static Optional<Criteria> ownedBy(Caller caller) {
        return caller.municipality() == null ? Optional.empty()
                : Optional.of(Criteria.where(MUNICIPALITY).is(caller.municipality()));
    }
}
