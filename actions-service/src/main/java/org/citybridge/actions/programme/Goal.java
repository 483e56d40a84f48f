package org.citybridge.actions.programme;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * One of a programme's goals or ambitions, numbered as the city numbers them (Almelo's four main goals,
 * Antwerp's three ambitions); actions name their goal by number.
 *
 * @param visionObjective the id of the objective of the city's adopted vision the goal serves (its
 *                        programme names the vision), or null
 */
public record Goal(int number, String title, String description, String visionObjective) {

    public Goal {
        if (number < 1) {
            throw new InvalidValueException("goals.number", "must be 1 or more");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("goals.title", "must not be blank");
        }
        title = title.trim();
        visionObjective = visionObjective == null || visionObjective.isBlank() ? null : visionObjective.strip();
    }

    public Goal(int number, String title, String description) {
        this(number, title, description, null);
    }
}
