package org.citybridge.organisations.organisation;

import java.util.List;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;

/**
 * The fields an officer edits: given at registration and replaced as a whole by an update. Status,
 * logo and public listing change through their own intentions.
 */
public record OrganisationDetails(String name, OrganisationKind kind, Visibility visibility, Address address,
        String website, List<String> communities, List<ContactPerson> contactPersons) {

    public OrganisationDetails {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank: an organisation needs a name");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "must be given: an organisation needs a kind");
        }
        name = name.trim();
        visibility = visibility == null ? Visibility.PRIVATE : visibility;
        website = Address.trim(website);
        communities = communities == null ? List.of()
                : communities.stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toList();
        contactPersons = contactPersons == null ? List.of() : List.copyOf(contactPersons);
    }
}
