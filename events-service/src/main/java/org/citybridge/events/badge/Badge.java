package org.citybridge.events.badge;

/**
 * What one badge shows: the congress (its title in the attendee's language where it has one), the person,
 * where they come from, and their ticket's secret as a QR code.
 *
 * @param congressTitleLanguage the language the title is written in (nl, de, en); null when unknown
 * @param language              the badge's own language, the attendee's (nl, de, en); null when unknown
 */
public record Badge(String congressTitle, String congressTitleLanguage, String name, String organisation, String city,
        String secret, String language) {

    /** A badge whose languages nobody knows: its title is printed without a mark. */
    public Badge(String congressTitle, String name, String organisation, String city, String secret) {
        this(congressTitle, null, name, organisation, city, secret, null);
    }
}
