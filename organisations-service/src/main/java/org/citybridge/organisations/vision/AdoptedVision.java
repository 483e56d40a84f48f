package org.citybridge.organisations.vision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;

/** What the council adopted: the general objectives with their points and the success factors. */
public record AdoptedVision(List<Objective> objectives, List<String> successFactors, LocalDate adoptedOn) {

    public AdoptedVision {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new InvalidValueException("objectives", "an adopted vision has at least one objective");
        }
        Set<String> ids = new HashSet<>();
        for (Objective objective : objectives) {
            if (!ids.add(objective.id())) {
                throw new InvalidValueException("objectives", "id " + objective.id() + " is used twice");
            }
        }
        successFactors = successFactors == null ? List.of()
                : successFactors.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Objects.requireNonNull(adoptedOn, "adoptedOn");
    }
}
