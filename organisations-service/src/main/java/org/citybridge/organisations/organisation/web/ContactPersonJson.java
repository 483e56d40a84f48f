package org.citybridge.organisations.organisation.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.ContactPerson;

/** A contact person in requests and responses. */
record ContactPersonJson(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String role,
        // A domain with a dot: "someone@localhost" is no address to reach an organisation at.
        @Size(max = 254) @Email(regexp = ".+@[^@]+\\.[^@]+", message = "must be an email address") String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{5,24}", message = "must be a phone number such as +31 546 000000")
        String phone) {

    ContactPerson toContactPerson() {
        return new ContactPerson(name, role, email, phone);
    }

    static List<ContactPerson> toContactPersons(List<ContactPersonJson> persons) {
        return persons == null ? List.of() : persons.stream().map(ContactPersonJson::toContactPerson).toList();
    }

    static ContactPersonJson of(ContactPerson person) {
        return new ContactPersonJson(person.name(), person.role(), person.email(), person.phone());
    }
}
