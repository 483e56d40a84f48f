package org.citybridge.actions.organisation;

import java.util.List;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An adopted vision's objectives, from {@code vision.adopted.v1}: what a programme's goals may name.
 * An adopted vision never changes, so the first copy is the right one.
 */
@Document("vision_objectives")
record VisionObjectivesView(@Id String id, String municipality, Visibility visibility, List<Objective> objectives)
        implements TenantOwned {

    record Objective(String id, String title) {
    }
}
