package org.citybridge.web.language;

/**
 * A text as a page shows it: in {@code language}; {@code foreign} when that is not the reader's, so the page
 * marks it (and sets {@code lang} on it for screen readers).
 */
public record Localised(String text, String language, boolean foreign) {
}
