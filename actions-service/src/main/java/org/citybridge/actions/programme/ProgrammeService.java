package org.citybridge.actions.programme;

import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The programme use cases: a city's officers start programmes; the network reads what they share. */
@Service
public class ProgrammeService {

    private final TenantStore<Programme> programmes;

    ProgrammeService(AggregateStores stores) {
        this.programmes = stores.tenantOwned(Programme.class);
    }

    public Programme start(Caller caller, String title, Visibility visibility) {
        return programmes.save(Programme.start(caller.requireMunicipality(), title,
                visibility == null ? Visibility.PRIVATE : visibility));
    }

    public Programme get(Caller caller, String id) {
        return programmes.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Programme", id));
    }

    public Page<Programme> list(Caller caller, Pageable pageable) {
        return programmes.findVisible(caller, null, pageable);
    }
}
