package org.citybridge.knowledge.practice;

import java.time.Instant;
import java.util.Set;

import org.citybridge.platform.tenancy.Visibility;

/**
 * A practice as it was before a save: its content, visibility and status then.
 *
 * @param number 1 for the first version, 2 for the one after its first change, ...
 */
public record Revision(int number, PracticeContent content, Visibility visibility, Set<String> sharedWithGroups,
        PracticeStatus status, String savedBy, Instant savedAt) {
}
