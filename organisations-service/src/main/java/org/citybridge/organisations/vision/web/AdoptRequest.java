package org.citybridge.organisations.vision.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.AdoptedVision;
import org.citybridge.organisations.vision.Objective;

/**
 * What the council adopted (seed 000, slides 5-9 and 14).
 *
 * @param objectives each with an id (lower-case words joined by hyphens) that programmes tie goals to
 */
record AdoptRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid ObjectiveJson> objectives,
        @Size(max = 30) List<@NotBlank @Size(max = 500) String> successFactors,
        @NotNull @PastOrPresent LocalDate adoptedOn) {

    record ObjectiveJson(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
            @NotBlank @Size(max = 300) String title, @Size(max = 30) List<@NotBlank @Size(max = 1000) String> points) {
    }

    AdoptedVision toVision() {
        return new AdoptedVision(objectives.stream().map(o -> new Objective(o.id(), o.title(), o.points())).toList(),
                successFactors, adoptedOn);
    }
}
