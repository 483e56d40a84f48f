package org.citybridge.web.organisation;

import java.time.Instant;
import java.util.List;

/**
 * An organisation as {@code GET /api/organisations/{id}} answers it (the parts the pages show); {@code logo} is the
 * API's path of its logo, absent without one.
 */
public record Organisation(String id, String municipality, String name, String kind, String visibility,
        Address address, String website, List<String> communities, List<ContactPerson> contactPersons, String status,
        boolean publiclyListed, String logo, Instant registeredAt, Instant updatedAt) {

    public Organisation {
        communities = communities == null ? List.of() : List.copyOf(communities);
        contactPersons = contactPersons == null ? List.of() : List.copyOf(contactPersons);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean hasLogo() {
        return logo != null && !logo.isBlank();
    }

    public record Address(String street, String postalCode, String city, String country) {
    }

    public record ContactPerson(String name, String role, String email, String phone) {
    }
}
