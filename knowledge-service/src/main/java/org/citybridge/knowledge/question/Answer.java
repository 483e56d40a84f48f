package org.citybridge.knowledge.question;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** One city's answer to a question, with the people who found it helpful (each counted once). */
public class Answer {

    private String id;
    private String body;
    private String municipality;
    private String answeredBy;
    private Instant answeredAt;
    private Set<String> helpfulTo = new LinkedHashSet<>();

    protected Answer() {
    }

    Answer(String id, String body, String municipality, String answeredBy, Instant answeredAt) {
        this.id = Objects.requireNonNull(id);
        this.body = Objects.requireNonNull(body).strip();
        this.municipality = Objects.requireNonNull(municipality);
        this.answeredBy = Objects.requireNonNull(answeredBy);
        this.answeredAt = Objects.requireNonNull(answeredAt);
    }

    /** False when this person had marked it already: a mark counts once. */
    boolean markHelpfulBy(String subject) {
        return helpfulTo.add(subject);
    }

    public String id() {
        return id;
    }

    public String body() {
        return body;
    }

    public String municipality() {
        return municipality;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public int helpfulCount() {
        return helpfulTo.size();
    }

    public boolean isHelpfulTo(String subject) {
        return helpfulTo.contains(subject);
    }
}
