package org.citybridge.events.seat;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's place in the line of one scope: an index of who waits, in order, so that the first can be
 * found with one sorted query. The registration stays the truth: an entry whose registration no longer
 * waits in the scope (cancelled, promoted meanwhile) is stale and is dropped when met.
 *
 * @param id {@code <congressId>|<scope>|<position>}: a position is in the line once
 */
@Document("wait_list")
@CompoundIndex(name = "line", def = "{'congressId': 1, 'scope': 1, 'position': 1}")
record WaitListEntry(@Id String id, String congressId, String scope, long position, String registrationId) {
}
