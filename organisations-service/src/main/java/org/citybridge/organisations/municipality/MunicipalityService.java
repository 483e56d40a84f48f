package org.citybridge.organisations.municipality;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.NetworkStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The network's members. They belong to the whole network, not to one city, so every member reads
 * them; the route declares that only the admin adds one.
 */
@Service
public class MunicipalityService {

    private final NetworkStore<Municipality> municipalities;

    MunicipalityService(AggregateStores stores) {
        this.municipalities = stores.networkWide(Municipality.class);
    }

    /** Adds a member; a slug that is taken is a conflict, also when two admins race for it. */
    public Municipality join(String slug, String name, String country, List<String> languages, Long population,
            List<Municipality.Fact> facts, LocalDate joinedOn) {
        if (municipalities.exists(slug)) {
            throw new ConflictException("Municipality '" + slug + "' is already a member.");
        }
        try {
            return municipalities.save(Municipality.join(slug, name, country, languages, population, facts, joinedOn));
        } catch (DuplicateKeyException concurrentJoin) {
            throw new ConflictException("Municipality '" + slug + "' is already a member.");
        }
    }

    public Page<Municipality> list(Pageable pageable) {
        return municipalities.findAll(null, pageable);
    }

    public Municipality get(String slug) {
        return municipalities.findById(slug).orElseThrow(() -> NotFoundException.of("Municipality", slug));
    }

    /** For the demo data: adds the member unless it is there; true when it was added. */
    boolean joinUnlessMember(Municipality municipality) {
        if (municipalities.exists(municipality.id())) {
            return false;
        }
        municipalities.save(municipality);
        return true;
    }
}
