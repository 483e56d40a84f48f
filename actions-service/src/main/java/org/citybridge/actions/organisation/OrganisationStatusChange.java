package org.citybridge.actions.organisation;

/**
 * This consumer's contract for {@code organisation.deactivated.v1} and {@code organisation.reactivated.v1}:
 * the name lets a change that arrives before its registration still be shown by name.
 */
record OrganisationStatusChange(String id, String name, String status) {
}
