package org.citybridge.web.question;

import java.time.Instant;
import java.util.List;

/** A question in a list ({@code GET /api/questions}, the inbox). */
public record QuestionSummary(String id, String municipality, String title, String language, List<String> themes,
        Instant askedAt, String audience, List<String> addressedTo, String status, int answerCount) {

    public QuestionSummary {
        themes = themes == null ? List.of() : themes;
        addressedTo = addressedTo == null ? List.of() : addressedTo;
    }

    public record Page(List<QuestionSummary> items, int page, int size, long total) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
