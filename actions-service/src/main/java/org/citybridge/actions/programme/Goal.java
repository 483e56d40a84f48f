package org.citybridge.actions.programme;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * One of a programme's goals or ambitions, numbered as the city numbers them (Almelo's four main goals,
 * Antwerp's three ambitions); actions name their goal by number.
 */
public record Goal(int number, String title, String description) {

    public Goal {
        if (number < 1) {
            throw new InvalidValueException("goals.number", "must be 1 or more");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("goals.title", "must not be blank");
        }
        title = title.trim();
    }
}
