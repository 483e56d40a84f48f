package org.citybridge.organisations.vision;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * A question put to participants (seed 000, slide 15: "Wat verwacht u van KleurRijk Almelo?").
 * Numbered, so that contributions and syntheses name it and keep naming it when its wording is edited.
 */
public record Question(int number, String text) {

    public Question {
        if (number < 1) {
            throw new InvalidValueException("questions.number", "must be 1 or more");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("questions.text", "must not be blank");
        }
        text = text.strip();
    }
}
