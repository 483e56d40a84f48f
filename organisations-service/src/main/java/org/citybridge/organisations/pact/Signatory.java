package org.citybridge.organisations.pact;

import org.citybridge.organisations.organisation.OrganisationKind;

/**
 * A signature as the public sees it: with the organisation's current name, kind and logo.
 *
 * @param kind            null when the organisation is no longer there
 * @param hasLogo         whether the organisation has a logo (known from its document, without reading it)
 * @param logo            the logo's bytes when they were read (for the PDF), else null
 * @param logoContentType e.g. {@code image/png}, or null
 */
public record Signatory(Signature signature, String organisationName, OrganisationKind kind, boolean hasLogo,
        byte[] logo, String logoContentType) {

    /** With the logo's bytes read, or none. */
    public Signatory(Signature signature, String organisationName, OrganisationKind kind, byte[] logo,
            String logoContentType) {
        this(signature, organisationName, kind, logo != null, logo, logoContentType);
    }
}
