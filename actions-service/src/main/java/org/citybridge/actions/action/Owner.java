package org.citybridge.actions.action;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * Who carries an action: an organisation of the city (a municipal department is one, as in
 * organisations-service), or, where the seed names only a team, that name alone.
 *
 * @param organisationId the organisation, checked to be an active one of the action's city; may be null
 * @param name           the department or organisation as the plan names it
 */
public record Owner(String organisationId, String name) {

    public Owner {
        organisationId = organisationId == null || organisationId.isBlank() ? null : organisationId.trim();
        name = name == null || name.isBlank() ? null : name.trim();
        if (organisationId == null && name == null) {
            throw new InvalidValueException("owner", "needs an organisationId or a name");
        }
    }
}
