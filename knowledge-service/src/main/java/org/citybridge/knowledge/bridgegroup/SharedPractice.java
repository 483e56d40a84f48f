package org.citybridge.knowledge.bridgegroup;

import java.time.Instant;

/** A practice a member city shares with the group: its members see it even when it is private to that city. */
public record SharedPractice(String practiceId, String sharedBy, Instant sharedAt) {
}
