package org.citybridge.organisations.vision;

/**
 * Who a contribution comes from: the groups of seed 000's "ingredients" and "cooking process" (all
 * departments, residents, civil-society organisations and companies, advisory bodies, the council,
 * self-organisations such as Atib). Overviews count per group, so that an officer sees who has not
 * been heard yet.
 */
public enum SourceGroup {
    DEPARTMENT, RESIDENT, ORGANISATION_OR_COMPANY, ADVISORY_BODY, COUNCIL, SELF_ORGANISATION;

    /** The city's own departments and council speak through its officers, not through the public form. */
    public boolean answersOnThePublicForm() {
        return this != DEPARTMENT && this != COUNCIL;
    }
}
