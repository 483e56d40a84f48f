package org.citybridge.organisations.organisation;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * Someone to contact at an organisation, e.g. a department's contact person in the city's internal
 * network (seed 000: "Intern contactpersonen afdelingen"). Personal data: it stays in this service and
 * is never put on an event.
 */
public record ContactPerson(String name, String role, String email, String phone) {

    public ContactPerson {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank: a contact person needs a name");
        }
        name = name.trim();
        role = Address.trim(role);
        email = Address.trim(email);
        phone = Address.trim(phone);
    }
}
