package org.citybridge.events.organisation;

/** This consumer's contract for {@code organisation.deactivated.v1} and {@code organisation.reactivated.v1}. */
record OrganisationStatusChanged(String id, String status) {
}
