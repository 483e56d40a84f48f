package org.citybridge.actions.organisation;

/**
 * This consumer's contract for {@code organisation.registered.v1} and {@code organisation.updated.v1}
 * (same shape): only the fields it reads. New producer fields are ignored; a renamed or removed one
 * fails {@code OrganisationsTopicListenerIT}, which feeds it the documented examples.
 */
record OrganisationState(String id, String name, String visibility, String status) {
}
