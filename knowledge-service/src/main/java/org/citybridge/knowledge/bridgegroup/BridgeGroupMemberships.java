package org.citybridge.knowledge.bridgegroup;

import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.knowledge.practice.GroupMemberships;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.NetworkStore;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The bridge groups a city belongs to (invited cities not yet), for the practices: a member city's
 * officers see what is shared with its groups even when it is private to another member city.
 */
@Component
public class BridgeGroupMemberships implements GroupMemberships {

    private final NetworkStore<BridgeGroup> groups;

    BridgeGroupMemberships(AggregateStores stores) {
        this.groups = stores.networkWide(BridgeGroup.class);
    }

    @Override
    public Set<String> groupsOf(String municipality) {
        if (municipality == null) {
            return Set.of();
        }
        return groups.findAll(Criteria.where("memberCities").is(municipality), Pageable.unpaged()).getContent()
                .stream().map(BridgeGroup::id).collect(Collectors.toUnmodifiableSet());
    }
}
