package org.citybridge.knowledge.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantScope;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which practices a caller may read, as one MongoDB filter: the platform's {@link TenantScope} lets
 * other cities read what is NETWORK or PUBLIC, but a practice is only shared once PUBLISHED, and also
 * with the bridge groups it names, even when PRIVATE. The search index applies the same rule
 * ({@code practice.search.VisibilityFilter}); {@link Practice#visibleTo} is the rule for one practice.
 */
final class PracticeScope {

    private PracticeScope() {
    }

    static Criteria visibleTo(Caller caller, Set<String> groups) {
        Criteria published = Criteria.where("status").is(PracticeStatus.PUBLISHED.name());
        if (caller.isAnonymous()) {
            return new Criteria().andOperator(published,
                    Criteria.where(TenantScope.VISIBILITY).is(Visibility.PUBLIC.name()));
        }
        List<Criteria> any = new ArrayList<>();
        if (caller.municipality() != null) {
            any.add(Criteria.where(TenantScope.MUNICIPALITY).is(caller.municipality()));
        }
        any.add(new Criteria().andOperator(published, Criteria.where(TenantScope.VISIBILITY)
                .in(Visibility.NETWORK.name(), Visibility.PUBLIC.name())));
        if (!groups.isEmpty()) {
            any.add(new Criteria().andOperator(published, Criteria.where("sharedWithGroups").in(groups)));
        }
        return new Criteria().orOperator(any);
    }
}
