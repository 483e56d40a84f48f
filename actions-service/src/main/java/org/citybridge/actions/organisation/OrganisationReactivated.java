package org.citybridge.actions.organisation;

/**
 * Announced inside this service when the read model applies {@code organisation.reactivated.v1}; the
 * counterpart of {@link OrganisationDeactivated}, with the same delivery (idempotent listeners).
 */
public record OrganisationReactivated(String organisationId, String municipality) {
}
