package org.citybridge.knowledge.question;

import java.util.List;
import java.util.Objects;

/** What the asker writes: the question itself, its language (ISO 639-1) and its themes. */
public record QuestionContent(String title, String body, String language, List<String> themes) {

    public QuestionContent {
        Objects.requireNonNull(title);
        Objects.requireNonNull(body);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
