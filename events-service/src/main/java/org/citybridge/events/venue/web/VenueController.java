package org.citybridge.events.venue.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citybridge.events.venue.Room;
import org.citybridge.events.venue.Venue;
import org.citybridge.events.venue.VenueService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/venues")
class VenueController {

    record RoomJson(@NotBlank @Size(max = 100) String name, @Min(1) @Max(100_000) int capacity) {
    }

    record VenueRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address,
            @Size(max = 50) List<@Valid RoomJson> rooms, Visibility visibility) {
    }

    record VenueResponse(String id, String municipality, String name, String address, List<RoomJson> rooms,
            Visibility visibility) {

        static VenueResponse of(Venue venue) {
            return new VenueResponse(venue.id(), venue.municipality(), venue.name(), venue.address(),
                    venue.rooms().stream().map(room -> new RoomJson(room.name(), room.capacity())).toList(),
                    venue.visibility());
        }
    }

    private final VenueService venues;

    VenueController(VenueService venues) {
        this.venues = venues;
    }

    @PostMapping
    @Allowed(Role.ORGANISER)
    ResponseEntity<VenueResponse> register(@Valid @RequestBody VenueRequest request, Caller caller) {
        List<Room> rooms = request.rooms() == null ? List.of()
                : request.rooms().stream().map(room -> new Room(room.name(), room.capacity())).toList();
        Venue venue = venues.register(caller, request.name(), request.address(), rooms, request.visibility());
        return ResponseEntity.created(URI.create("/api/venues/" + venue.id())).body(VenueResponse.of(venue));
    }

    @GetMapping
    @Allowed({Role.ORGANISER, Role.OFFICER, Role.ADMIN})
    PageResponse<VenueResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(venues.list(caller, paging.toPageable(Sort.by("name", "id"))), VenueResponse::of);
    }

    @GetMapping("/{venueId}")
    @Allowed({Role.ORGANISER, Role.OFFICER, Role.ADMIN})
    VenueResponse get(@PathVariable String venueId, Caller caller) {
        return VenueResponse.of(venues.get(caller, venueId));
    }
}
