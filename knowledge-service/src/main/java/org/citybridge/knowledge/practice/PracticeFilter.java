package org.citybridge.knowledge.practice;

/** Filters of the practice list; each optional. */
public record PracticeFilter(PracticeStatus status, String municipality, String theme, Language language) {
}
