package org.citybridge.events.badge;

/** What one badge shows: the person, where they come from, and their ticket's secret as a QR code. */
public record Badge(String name, String organisation, String city, String secret) {
}
