package org.citybridge.events.registration.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.events.registration.RegistrationForm;

/**
 * A registration as a person fills it in.
 *
 * @param organisation   free text, or left out when {@code organisationId} names one of the directory
 * @param municipality   the city they come from
 * @param consentToList  whether they may appear on the congress's public attendee list
 * @param language       nl, de or en: the language of their mails (nl when left out)
 */
record RegistrationRequest(@NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String organisation, @Size(max = 100) String organisationId,
        @Size(max = 100) String municipality,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> sessions,
        @Size(max = 500) String dietaryNeeds, @Size(max = 500) String accessibilityNeeds,
        Boolean consentToList, @Pattern(regexp = "nl|de|en") String language) {

    RegistrationForm toForm(String organisationName) {
        return new RegistrationForm(name, email, organisationName, organisationId, municipality, sessions,
                dietaryNeeds, accessibilityNeeds, Boolean.TRUE.equals(consentToList), language);
    }
}
