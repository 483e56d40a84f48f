package org.citybridge.knowledge.practice;

import java.util.Objects;

/**
 * A person's translation of a practice's title and summary into another language, marked with that
 * language (never machine-made here), so that a reader knows what was written in which language.
 */
public record Translation(Language language, String title, String summary) {

    public Translation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
    }
}
