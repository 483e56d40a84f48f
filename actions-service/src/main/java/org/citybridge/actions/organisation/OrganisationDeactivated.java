package org.citybridge.actions.organisation;

/**
 * Announced inside this service (a Spring application event) when the read model applies
 * {@code organisation.deactivated.v1}, so that actions naming it as a partner can be flagged.
 * Listeners run on the consumer's thread: if one fails, the Kafka event is delivered again and this is
 * announced again, so listeners must be idempotent.
 */
public record OrganisationDeactivated(String organisationId, String municipality) {
}
