package org.citybridge.organisations.vision;

import java.util.List;
import java.util.Objects;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * A general objective of the adopted vision with its points (seed 000, slide 6: "Wederzijds begrip en
 * respect" with "Welkom zijn/ geheten worden", ...). Its id is what programmes tie goals to.
 */
public record Objective(String id, String title, List<String> points) {

    public Objective {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 60) {
            throw new InvalidValueException("objectives.id", "must be lower-case words joined by hyphens");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("objectives.title", "must not be blank");
        }
        title = title.strip();
        points = points == null ? List.of()
                : points.stream().filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
