package org.citybridge.events.congress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * Text in one or more of the network's languages, as a map from language to text
 * ({@code {"nl": "…", "en": "…"}}): a congress of Almelo and Münster is announced in Dutch and German.
 */
public final class Texts {

    public static final List<String> LANGUAGES = List.of("nl", "de", "en");

    private Texts() {
    }

    /** The text, checked: only nl, de and en, none blank; at least one when {@code required}. */
    public static Map<String, String> checked(String property, Map<String, String> texts, boolean required,
            int maxLength) {
        if (texts == null || texts.isEmpty()) {
            if (required) {
                throw new InvalidValueException(property, "needs a text in at least one of " + LANGUAGES);
            }
            return Map.of();
        }
        Map<String, String> checked = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                throw new InvalidValueException(property, "has language '" + language + "'; use one of " + LANGUAGES);
            }
            if (text == null || text.isBlank()) {
                throw new InvalidValueException(property + "." + language, "is blank");
            }
            if (text.length() > maxLength) {
                throw new InvalidValueException(property + "." + language, "is longer than " + maxLength);
            }
            checked.put(language, text.strip());
        });
        return Map.copyOf(checked);
    }

    /** The text in {@code language}, else in Dutch, English, German, whichever exists first. */
    public static String in(Map<String, String> texts, String language) {
        String shown = languageShown(texts, language);
        return shown == null ? "" : texts.get(shown);
    }

    /** Which language {@link #in} shows the text in: a document marks text in another one than its own. */
    public static String languageShown(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        if (language != null && texts.containsKey(language)) {
            return language;
        }
        for (String fallback : List.of("nl", "en", "de")) {
            if (texts.containsKey(fallback)) {
                return fallback;
            }
        }
        return texts.keySet().iterator().next();
    }
}
