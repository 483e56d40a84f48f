package org.citybridge.actions.organisation.remote;

/**
 * What this service reads of organisations-service's {@code GET /api/organisations/{id}} answer: only
 * the fields the partner check needs (docs/events.md, "Synchronous contracts").
 */
public record RemoteOrganisation(String id, String municipality, String name, String status) {
}
