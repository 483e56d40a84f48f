package org.citybridge.organisations.vision;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Component;

/**
 * Which vision a consultation route may work on. Contributions and conversations are the city's own,
 * so another city finds no vision here, even one shared with the network or the public (404, as if it
 * did not exist). The public routes find a PUBLIC vision only, and only once its consultation opened.
 */
@Component
class ConsultedVisions {

    private final TenantStore<VisionProcess> visions;
    private final VisionService visionService;

    ConsultedVisions(AggregateStores stores, VisionService visionService) {
        this.visions = stores.tenantOwned(VisionProcess.class);
        this.visionService = visionService;
    }

    VisionProcess owned(Caller caller, String visionId) {
        return visions.findOwned(caller, visionId).orElseThrow(() -> NotFoundException.of("Vision", visionId));
    }

    /** A vision in preparation is not shown yet; an adopted one keeps its page. */
    VisionProcess publicPage(String visionId) {
        return visionService.findPublic(visionId)
                .filter(vision -> vision.openToThePublic() || vision.isAdopted())
                .orElseThrow(() -> NotFoundException.of("Vision", visionId));
    }

    /** The page of an adopted vision exists, so saying that its consultation closed reveals nothing. */
    VisionProcess publicForm(String visionId) {
        VisionProcess vision = publicPage(visionId);
        if (!vision.openToThePublic()) {
            throw new ConflictException("The consultation on " + vision.title() + " is closed.");
        }
        return vision;
    }
}
