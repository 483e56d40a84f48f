package org.citybridge.web.organise;

import java.util.List;

/** A venue of the organiser's city (GET /api/venues), with its rooms for the session form. */
public record Venue(String id, String name, String address, List<Room> rooms) {

    public record Room(String name, int capacity) {
    }

    public List<Room> rooms() {
        return rooms == null ? List.of() : rooms;
    }
}
