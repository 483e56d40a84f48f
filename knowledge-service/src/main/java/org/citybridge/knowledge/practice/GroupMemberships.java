package org.citybridge.knowledge.practice;

import java.util.Set;

/**
 * The bridge groups a municipality belongs to. A practice shared with a group is seen by the group's
 * member cities even when it is otherwise private to its city; every visibility check of practices
 * (reads, lists, search, facet counts) asks this. The bridge-group feature implements it
 * ({@code bridgegroup.BridgeGroupMemberships}): the practices never depend on the bridge groups.
 */
public interface GroupMemberships {

    /** The ids of the groups {@code municipality} is a member of; empty for none (or null municipality). */
    Set<String> groupsOf(String municipality);
}
