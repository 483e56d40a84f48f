package org.citybridge.organisations.organisation;

/**
 * What a list asks for; every part is optional.
 *
 * @param community one of the organisation's communities or target groups, exactly
 * @param text      part of the name, matched ignoring case and diacritics
 */
public record OrganisationFilter(OrganisationKind kind, String community, OrganisationStatus status, String text) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null);
    }
}
