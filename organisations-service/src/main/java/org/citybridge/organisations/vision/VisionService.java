package org.citybridge.organisations.vision;

import java.time.Clock;
import java.util.Optional;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The vision process use cases. What a caller may not see does not exist for it (404); what it sees
 * but does not own it may not change (403).
 */
@Service
public class VisionService {

    private final TenantStore<VisionProcess> visions;
    private final Clock clock = Clock.systemUTC();

    VisionService(AggregateStores stores) {
        this.visions = stores.tenantOwned(VisionProcess.class);
    }

    public VisionProcess prepare(Caller caller, VisionContent content, Visibility visibility) {
        return visions.save(VisionProcess.prepare(caller.requireMunicipality(), content,
                visibility == null ? Visibility.PRIVATE : visibility, clock.instant()));
    }

    public VisionProcess get(Caller caller, String id) {
        return visions.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Vision", id));
    }

    public VisionProcess getForChange(Caller caller, String id) {
        VisionProcess vision = get(caller, id);
        if (!caller.belongsTo(vision.municipality())) {
            throw new NotAllowedException("Only an officer of " + vision.municipality() + " may change this vision.");
        }
        return vision;
    }

    /** For the public form and page: a PUBLIC process, whoever asks (no account). */
    public Optional<VisionProcess> findPublic(String id) {
        return visions.findForSystem(id).filter(vision -> vision.visibility() == Visibility.PUBLIC);
    }

    public Page<VisionProcess> list(Caller caller, Pageable pageable) {
        return visions.findVisible(caller, null, pageable);
    }

    /** These write the vision as read: a save by someone else since makes the caller's If-Match fail (412). */
    public VisionProcess revise(VisionProcess vision, VisionContent content, Visibility visibility) {
        vision.revise(content, visibility);
        return visions.save(vision);
    }

    public VisionProcess openConsultation(VisionProcess vision) {
        vision.openConsultation(clock.instant());
        return visions.save(vision);
    }

    public VisionProcess writeSynthesis(VisionProcess vision, int question, String text) {
        vision.writeSynthesis(question, text);
        return visions.save(vision);
    }

    public VisionProcess adopt(VisionProcess vision, AdoptedVision adopted) {
        vision.adopt(adopted);
        return visions.save(vision);
    }

    /** One next edition per adopted vision, so that the chain of versions stays a line. */
    public VisionProcess startRevision(VisionProcess adopted) {
        visions.findForSystem(Criteria.where("revises").is(adopted.id()), PageRequest.of(0, 1)).stream().findFirst()
                .ifPresent(existing -> {
                    throw new ConflictException("Vision " + adopted.id() + " is already being revised: " + existing.id());
                });
        return visions.save(adopted.revision(clock.instant()));
    }

    /**
     * The adopted vision a pact of the municipality endorses: it must be that city's and adopted (a
     * pact endorses what was decided, not a draft).
     */
    public VisionProcess requireAdoptedOf(String municipality, String visionId) {
        return visions.findForSystem(visionId).filter(vision -> vision.municipality().equals(municipality))
                .filter(VisionProcess::isAdopted)
                .orElseThrow(() -> new InvalidValueException("visionId", "names no adopted vision of " + municipality));
    }
}
