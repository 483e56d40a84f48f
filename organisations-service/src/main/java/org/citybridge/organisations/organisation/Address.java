package org.citybridge.organisations.organisation;

import java.util.Locale;

/**
 * Where an organisation is. Every part is optional: many organisations in the seeds are known by
 * name only.
 *
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code NL}, {@code BE}, {@code DE}
 */
public record Address(String street, String postalCode, String city, String country) {

    /** Null when nothing is known, so that "no address" has one representation. */
    public static Address of(String street, String postalCode, String city, String country) {
        String code = trim(country);
        Address address = new Address(trim(street), trim(postalCode), trim(city),
                code == null ? null : code.toUpperCase(Locale.ROOT));
        return address.isEmpty() ? null : address;
    }

    private boolean isEmpty() {
        return street == null && postalCode == null && city == null && country == null;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
