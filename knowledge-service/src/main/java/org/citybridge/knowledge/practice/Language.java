package org.citybridge.knowledge.practice;

import java.util.Locale;

/** The languages of the network's practices, each searched with its own stemmer. */
public enum Language {
    NL, DE, EN, FR;

    /** The ISO 639-1 code as the API writes it: {@code nl}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
