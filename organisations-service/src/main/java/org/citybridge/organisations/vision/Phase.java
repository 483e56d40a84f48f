package org.citybridge.organisations.vision;

import java.time.LocalDate;
import java.util.Objects;

import org.citybridge.platform.domain.InvalidValueException;

/** A phase of the process with its planned dates ("Tot zomer 2010 gedeelde visie ontwikkelen"). */
public record Phase(PhaseKind kind, LocalDate start, LocalDate end) {

    public Phase {
        Objects.requireNonNull(kind, "kind");
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidValueException("phases.end", "must not be before its start");
        }
    }
}
