package org.citybridge.knowledge.bridgegroup;

/**
 * @param id           the officer's user id or the organisation's id
 * @param municipality the member city the person or organisation belongs to
 * @param name         how the group names them (a display name, no contact data)
 */
public record Member(MemberKind kind, String id, String municipality, String name) {
}
