package org.citybridge.events.organisation;

/**
 * This consumer's contract for {@code organisation.registered.v1} and {@code organisation.updated.v1}
 * (same shape): only the fields it reads. New producer fields are ignored; a renamed or removed one
 * fails {@code OrganisationEventsListenerIT}, which feeds it the documented examples.
 */
record OrganisationRegistered(String id, String name, String kind, String visibility, String status) {
}
