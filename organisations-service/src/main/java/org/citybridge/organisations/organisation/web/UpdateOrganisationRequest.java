package org.citybridge.organisations.organisation.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.OrganisationDetails;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.platform.tenancy.Visibility;

/**
 * The body of {@code PUT /api/organisations/{id}}: all editable fields, replacing the stored ones. A field
 * left out is empty afterwards (no address, no website, ...), which is what a full update means.
 * Status, logo and public listing have their own endpoints or intentions.
 */
record UpdateOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotNull Visibility visibility,
        @Valid AddressJson address,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> communities,
        @Size(max = 50) List<@NotNull @Valid ContactPersonJson> contactPersons) {

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name, kind, visibility, address == null ? null : address.toAddress(), website,
                communities, ContactPersonJson.toContactPersons(contactPersons));
    }
}
