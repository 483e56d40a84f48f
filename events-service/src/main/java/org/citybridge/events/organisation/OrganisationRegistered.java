package org.citybridge.events.organisation;

/**
 * This consumer's contract for {@code organisation.registered.v1}: only the fields it reads. New
 * producer fields are ignored; a renamed or removed one fails {@code OrganisationEventsListenerIT}.
 */
record OrganisationRegistered(String id, String name, String kind, String visibility) {
}
