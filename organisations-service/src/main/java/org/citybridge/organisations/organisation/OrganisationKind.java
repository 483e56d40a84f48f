package org.citybridge.organisations.organisation;

/** The kinds of organisation a city's integration network is made of (seeds 000, 002, 003). */
public enum OrganisationKind {
    /** zelforganisatie: an organisation of a migrant community, such as ATIB in Almelo */
    SELF_ORGANISATION,
    CIVIL_SOCIETY,
    SCHOOL,
    COMPANY,
    /** adviesorgaan */
    ADVISORY_BODY,
    MUNICIPAL_DEPARTMENT,
    /** a federation of (migrant) associations */
    FEDERATION,
    UNIVERSITY,
    RESEARCH_BUREAU
}
