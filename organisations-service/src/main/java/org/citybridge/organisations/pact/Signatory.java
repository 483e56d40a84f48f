package org.citybridge.organisations.pact;

import org.citybridge.organisations.organisation.OrganisationKind;

/**
 * A signature as the public sees it: with the organisation's current name, kind and logo.
 *
 * @param kind            null when the organisation is no longer there
 * @param logo            the logo's bytes, or null when it has none
 * @param logoContentType e.g. {@code image/png}, or null
 */
public record Signatory(Signature signature, String organisationName, OrganisationKind kind, byte[] logo,
        String logoContentType) {

    public boolean hasLogo() {
        return logo != null;
    }
}
