package org.citybridge.organisations.pact;

/**
 * Signing the pact with consent makes the organisation publicly listed: its name, kind and logo may
 * then be shown to anyone on the pact's public page.
 */
public interface PublicListing {

    void listPublicly(String organisationId);
}
