package org.citybridge.organisations.organisation.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.platform.tenancy.Visibility;

/**
 * The body of {@code POST /api/organisations}. It has no municipality: the organisation belongs to
 * the caller's city, and a municipality sent anyway is ignored.
 */
record RegisterOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        Visibility visibility,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> communities) {
}
