package org.citybridge.knowledge.question;

/**
 * A search among the questions a caller may read.
 *
 * @param text         words to find in title or body, ignoring case and accents (a literal substring)
 * @param status       OPEN or ACCEPTED, or null for both
 * @param theme        a theme the question carries, or null
 * @param municipality the asking city, or null
 */
public record QuestionFilter(String text, QuestionStatus status, String theme, String municipality) {
}
