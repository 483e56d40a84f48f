package org.citybridge.knowledge.bridgegroup;

import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.NetworkStore;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The bridge groups a city belongs to (invited cities not yet), for the practices: a member city's
 * officers see what is shared with its groups even when it is private to another member city. Has the
 * signature of the practices' {@code GroupMemberships}, which it implements once both meet.
 */
@Component
public class BridgeGroupMemberships {

    private final NetworkStore<BridgeGroup> groups;

    BridgeGroupMemberships(AggregateStores stores) {
        this.groups = stores.networkWide(BridgeGroup.class);
    }

    public Set<String> groupsOf(String municipality) {
        return groupsWith(municipality).stream().map(BridgeGroup::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The practices shared with the city's groups, by any member: what its officers may read although
     * another member city keeps them private. For the practices' visibility, if they keep the sharing
     * here rather than on the practice.
     */
    public Set<String> practicesSharedWith(String municipality) {
        return groupsWith(municipality).stream().flatMap(group -> group.sharedPractices().stream())
                .map(SharedPractice::practiceId).collect(Collectors.toUnmodifiableSet());
    }

    private java.util.List<BridgeGroup> groupsWith(String municipality) {
        if (municipality == null) {
            return java.util.List.of();
        }
        return groups.findAll(Criteria.where("memberCities").is(municipality), Pageable.unpaged()).getContent();
    }
}
