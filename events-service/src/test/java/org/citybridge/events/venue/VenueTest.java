package org.citybridge.events.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A venue of a city, with its rooms, shared as its city chooses. */
class VenueTest {

    @Test
    void aVenueKeepsItsCityNameAddressAndRooms() {
        List<Room> rooms = new ArrayList<>(List.of(new Room("Grote zaal", 400), new Room("Zaal 1", 40)));
        Venue venue = Venue.register("venue-1", "almelo", Visibility.NETWORK, "Theaterhotel Almelo",
                "De Werf 1, Almelo", rooms);
        rooms.clear();

        assertThat(venue.id()).isEqualTo("venue-1");
        assertThat(venue.municipality()).isEqualTo("almelo");
        assertThat(venue.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(venue.name()).isEqualTo("Theaterhotel Almelo");
        assertThat(venue.address()).isEqualTo("De Werf 1, Almelo");
        assertThat(venue.rooms()).as("a copy of the rooms given").containsExactly(new Room("Grote zaal", 400),
                new Room("Zaal 1", 40));
    }

    @Test
    void aVenueWithoutRoomsHasNoneAndANewOneGetsAnId() {
        Venue venue = Venue.register("antwerpen", Visibility.PUBLIC, "Het Bruegelhuis", null, null);

        assertThat(venue.rooms()).isEmpty();
        assertThat(venue.id()).isNotBlank();
        assertThatThrownBy(() -> Venue.register("antwerpen", Visibility.PUBLIC, null, null, List.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
