package org.citybridge.events.venue;

/** A room of a venue and how many people it seats. */
public record Room(String name, int capacity) {
}
