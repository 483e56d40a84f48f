package org.citybridge.knowledge.study;

import java.time.Clock;
import java.util.Optional;

import org.citybridge.knowledge.attachment.AttachmentStore;
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
    private final AttachmentStore files;
    private final Clock clock;

    StudyService(AggregateStores stores, AttachmentStore files) {
        this.studies = stores.tenantOwned(Study.class);
        this.files = files;
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

    /** Checks the caller may change the study (404 unseen, 403 another city's), before an upload is read. */
    public Study getForChange(Caller caller, String id) {
        Study study = get(caller, id);
        requireOwned(caller, study);
        return study;
    }

    /**
     * Stores the report, checked by the web layer already, as the study's document; an earlier upload is
     * deleted once the study names the new one.
     */
    public Study attachDocument(Caller caller, String id, String fileName, String contentType, byte[] content) {
        Study study = getForChange(caller, id);
        String fileId = files.store(id, fileName, contentType, content);
        Study saved;
        String previous;
        try {
            previous = study.replaceDocument(fileId, clock.instant());
            saved = studies.save(study);
        } catch (RuntimeException e) {
            files.delete(fileId);
            throw e;
        }
        if (previous != null) {
            files.delete(previous);
        }
        return saved;
    }

    /** The uploaded report of a study the caller may read; 404 when there is none. */
    public AttachmentStore.StoredFile document(Caller caller, String id) {
        String fileId = get(caller, id).content().documentAttachmentId();
        return (fileId == null ? Optional.<AttachmentStore.StoredFile>empty() : files.find(fileId))
                .orElseThrow(() -> NotFoundException.of("Document of study", id));
    }

    private static void requireOwned(Caller caller, Study study) {
        if (!study.isOwnedBy(caller)) {
            throw new NotAllowedException("The commissioning city's officers change its studies.");
        }
    }
}
