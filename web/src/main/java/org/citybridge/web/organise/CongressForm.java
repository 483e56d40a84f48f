package org.citybridge.web.organise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The new-congress form as typed: texts per language (at least one title), the network's wall-clock times, an
 * existing venue or a new one's name and address, who sees it (PRIVATE, NETWORK or PUBLIC). Kept as strings so that a mistake comes back as it was typed.
 */
public record CongressForm(String titleNl, String titleDe, String titleEn, String descriptionNl,
        String descriptionDe, String descriptionEn, String startsAt, String endsAt, String venueId,
        String newVenueName, String newVenueAddress, String capacity, String visibility, Boolean publicRegistration) {

    static CongressForm empty() {
        return new CongressForm("", "", "", "", "", "", "", "", "", "", "", "100", "PUBLIC", true);
    }

    Map<String, String> title() {
        return languages(titleNl, titleDe, titleEn);
    }

    Map<String, String> description() {
        return languages(descriptionNl, descriptionDe, descriptionEn);
    }

    boolean wantsNewVenue() {
        return newVenueName != null && !newVenueName.isBlank();
    }

    /** Only the languages filled in: the API refuses a blank text, and a missing one falls back to another. */
    static Map<String, String> languages(String nl, String de, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        put(texts, "nl", nl);
        put(texts, "de", de);
        put(texts, "en", en);
        return texts;
    }

    private static void put(Map<String, String> texts, String language, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text.strip());
        }
    }
}
