package org.citybridge.organisations.municipality.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.citybridge.platform.web.CountryCode;

/** The body of {@code POST /api/municipalities}. */
record JoinMunicipalityRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a lower-case slug such as 'almelo'") String id,
        @NotBlank @Size(max = 100) String name,
        @NotNull @CountryCode String country,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be ISO 639-1 codes such as nl") String> languages,
        @Positive Long population,
        @Size(max = 30) List<@NotNull @Valid FactRequest> facts,
        @PastOrPresent LocalDate joinedOn) {

    record FactRequest(@NotBlank @Size(max = 200) String label, @NotBlank @Size(max = 100) String value,
            @Size(max = 300) String source) {
    }
}
