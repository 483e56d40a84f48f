package org.citybridge.organisations.vision.web;

import java.time.Instant;
import java.util.Map;

import org.citybridge.organisations.vision.AdoptedVision;
import org.citybridge.organisations.vision.VisionContent;
import org.citybridge.organisations.vision.VisionProcess;
import org.citybridge.organisations.vision.VisionStatus;
import org.citybridge.platform.tenancy.Visibility;

/**
 * A vision process as the API shows it to officers.
 *
 * @param syntheses the officers' synthesis per question number
 * @param revises   the adopted vision this version revises, if it is not the first
 */
record VisionResponse(String id, String municipality, VisionContent content, VisionStatus status, int edition,
        String revises, Map<Integer, String> syntheses, AdoptedVision adopted, Visibility visibility,
        Instant createdAt, Instant consultationOpenedAt) {

    static VisionResponse of(VisionProcess vision) {
        return new VisionResponse(vision.id(), vision.municipality(), vision.content(), vision.status(),
                vision.edition(), vision.revises(), vision.syntheses(), vision.adopted(), vision.visibility(),
                vision.createdAt(), vision.consultationOpenedAt());
    }
}
