package org.citybridge.events.venue;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A place where congresses and meetings are held (seed 002: Antwerp's meeting centres Oude badhuis,
 * Stadsmagazijn, Merksemdok, Atlas and Top hat). It belongs to its city and is usually shared with the
 * network, so that a joint congress can be held at a partner city's venue.
 */
@Document("venues")
public class Venue extends TenantAggregate {

    @Id
    private String id;
    private String name;
    private String address;
    private List<Room> rooms;

    protected Venue() {
    }

    private Venue(String id, String municipality, Visibility visibility, String name, String address,
            List<Room> rooms) {
        super(municipality, visibility);
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.address = address;
        this.rooms = List.copyOf(rooms);
    }

    public static Venue register(String municipality, Visibility visibility, String name, String address,
            List<Room> rooms) {
        return register(UUID.randomUUID().toString(), municipality, visibility, name, address, rooms);
    }

    public static Venue register(String id, String municipality, Visibility visibility, String name, String address,
            List<Room> rooms) {
        return new Venue(id, municipality, visibility, name, address, rooms == null ? List.of() : rooms);
    }

    @Override
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public List<Room> rooms() {
        return rooms;
    }
}
