package org.citybridge.events.venue;

import java.util.List;
import java.util.Optional;

import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

@Service
public class VenueService {

    private final TenantStore<Venue> venues;

    VenueService(AggregateStores stores) {
        this.venues = stores.tenantOwned(Venue.class);
    }

    public Venue register(Caller caller, String name, String address, List<Room> rooms, Visibility visibility) {
        return venues.save(Venue.register(caller.requireMunicipality(),
                visibility == null ? Visibility.NETWORK : visibility, name, address, rooms));
    }

    public Page<Venue> list(Caller caller, Pageable pageable) {
        return venues.findVisible(caller, null, pageable);
    }

    public Venue get(Caller caller, String id) {
        return venues.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Venue", id));
    }

    /** A venue a congress names, for pages that show it to whoever may see the congress. */
    public Optional<Venue> forCongress(String id) {
        return id == null ? Optional.empty() : venues.findForSystem(id);
    }

    /** For demo data: saved unless a venue with its id exists. */
    public void registerIfAbsent(Venue venue) {
        if (venues.findForSystem(venue.id()).isEmpty()) {
            venues.save(venue);
        }
    }
}
