package org.citybridge.knowledge.practice;

/**
 * Filters of the practice list; each optional.
 *
 * @param sharedWithGroup a bridge group's id: the practices shared with it (still only those the caller may see)
 */
public record PracticeFilter(PracticeStatus status, String municipality, String theme, Language language,
        String sharedWithGroup) {
}
