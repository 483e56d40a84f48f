package org.citybridge.web.question;

import java.time.Instant;
import java.util.List;

/** A question as {@code GET /api/questions/{id}} shows it, with its answers. */
record Question(String id, String municipality, String title, String body, String language, List<String> themes,
        String askedBy, Instant askedAt, String audience, List<String> addressedTo, String bridgeGroupId,
        String status, String acceptedAnswerId, String practiceId, List<Answer> answers, boolean youMayAnswer) {

    Question {
        themes = themes == null ? List.of() : themes;
        addressedTo = addressedTo == null ? List.of() : addressedTo;
        answers = answers == null ? List.of() : answers;
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    record Answer(String id, String body, String municipality, String answeredBy, Instant answeredAt,
            int helpfulCount, boolean helpfulToYou, boolean accepted) {
    }
}
