package org.citybridge.events.badge;

/**
 * What one badge shows: the congress (its title in the attendee's language where it has one), the person,
 * where they come from, and their ticket's secret as a QR code.
 */
public record Badge(String congressTitle, String name, String organisation, String city, String secret) {
}
