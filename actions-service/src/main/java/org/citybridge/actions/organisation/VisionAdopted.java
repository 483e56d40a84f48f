package org.citybridge.actions.organisation;

import java.util.List;

/** This consumer's contract for {@code vision.adopted.v1}: only the fields it reads. */
record VisionAdopted(String visionId, List<Objective> objectives, String visibility) {

    record Objective(String id, String title) {
    }
}
