package org.citybridge.events.registration;

/**
 * Who registered, as they told it. Personal data: it stays in this service (events carry none of it)
 * and is removed when the congress's retention period ends ({@link #withoutPersonalData()}).
 *
 * @param organisation   the organisation as free text, or the name of {@code organisationId}
 * @param organisationId an organisation of the directory (the events service's read model), or null
 * @param municipality   the city the person comes from, as they say (free text: many come from elsewhere)
 * @param listed         consent to appear on the congress's public attendee list
 * @param language       nl, de or en: the language of their mails
 */
public record Attendee(String name, String email, String organisation, String organisationId, String municipality,
        String dietaryNeeds, String accessibilityNeeds, boolean listed, String language) {

    /** What is left for counts after retention: organisation and city, no name, address or needs. */
    Attendee withoutPersonalData() {
        return new Attendee(null, null, organisation, organisationId, municipality, null, null, false, language);
    }
}
