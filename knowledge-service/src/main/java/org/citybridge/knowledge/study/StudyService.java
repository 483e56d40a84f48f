package org.citybridge.knowledge.study;

import java.time.Clock;
import java.util.Optional;

import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The study use cases: a city's officers record the analyses it commissioned; others read what is shared. */
@Service
public class StudyService {

    private final TenantStore<Study> studies;
    private final Clock clock;

    StudyService(AggregateStores stores) {
        this.studies = stores.tenantOwned(Study.class);
        this.clock = Clock.systemUTC();
    }

    public Study record(Caller caller, StudyContent content, Visibility visibility) {
        return studies.save(Study.record(null, caller.requireMunicipality(), content,
                visibility == null ? Visibility.PRIVATE : visibility, clock.instant()));
    }

    public Study get(Caller caller, String id) {
        return find(caller, id).orElseThrow(() -> NotFoundException.of("Study", id));
    }

    /** For the handbook: the study if the caller may read it. */
    public Optional<Study> find(Caller caller, String id) {
        return studies.findVisible(caller, id);
    }

    public Page<Study> list(Caller caller, Pageable pageable) {
        return studies.findVisible(caller, null, pageable);
    }

    /**
     * The commissioning city's officers revise it (another city that reads it may not: 403). The study
     * is the one the caller read; someone else's save since then fails this one.
     */
    public Study revise(Caller caller, Study study, StudyContent content, Visibility visibility) {
        requireOwned(caller, study);
        study.revise(content, visibility == null ? study.visibility() : visibility, clock.instant());
        return studies.save(study);
    }

    private static void requireOwned(Caller caller, Study study) {
        if (!study.isOwnedBy(caller)) {
            throw new NotAllowedException("The commissioning city's officers change its studies.");
        }
    }
}
