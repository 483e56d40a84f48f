package org.citybridge.knowledge.practice;

import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The practice use cases: a city's officers write practices; the network reads what they share. */
@Service
public class PracticeService {

    private final TenantStore<Practice> practices;

    PracticeService(AggregateStores stores) {
        this.practices = stores.tenantOwned(Practice.class);
    }

    public Practice write(Caller caller, String title, Visibility visibility) {
        return practices.save(Practice.write(caller.requireMunicipality(), title,
                visibility == null ? Visibility.PRIVATE : visibility));
    }

    public Practice get(Caller caller, String id) {
        return practices.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Practice", id));
    }

    public Page<Practice> list(Caller caller, Pageable pageable) {
        return practices.findVisible(caller, null, pageable);
    }
}
