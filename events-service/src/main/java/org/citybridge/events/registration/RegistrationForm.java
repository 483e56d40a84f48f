package org.citybridge.events.registration;

import java.util.List;

/** What a person fills in to register (validated for size and form by the web layer). */
public record RegistrationForm(String name, String email, String organisation, String organisationId,
        String municipality, List<String> sessions, String dietaryNeeds, String accessibilityNeeds, boolean listed,
        String language) {
}
