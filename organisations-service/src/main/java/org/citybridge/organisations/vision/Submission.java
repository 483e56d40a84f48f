package org.citybridge.organisations.vision;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * What a contribution says and who it comes from, as an officer or a sender gives it.
 *
 * @param question   the number of the vision's question it answers, or null for a free contribution
 * @param authorName optional; shown on the public page only with {@code showName}
 * @param showName   the sender agrees that the name is shown publicly; otherwise the contribution is anonymous there
 * @param consent    the sender agrees that the city keeps the contribution and, once approved, publishes it
 */
public record Submission(SourceGroup group, String district, String community, Integer question, String text,
        String authorName, boolean showName, boolean consent) {

    public Submission {
        if (group == null) {
            throw new InvalidValueException("group", "must not be null");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "must not be blank");
        }
        text = text.strip();
        district = label(district);
        community = label(community);
        authorName = label(authorName);
        showName = showName && authorName != null;
    }

    /**
     * Districts and communities are counted by their name, so "Kerkelanden " and "Kerkelanden" must be
     * one: surrounding and repeated blanks go, an empty name is none.
     */
    static String label(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }
}
