package org.citybridge.actions.organisation;

import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.stereotype.Component;

/** Keeps the objectives of adopted visions, so that programme goals can be tied to them by id. */
@Component
class AdoptedVisionObjectives implements AdoptedVisions {

    private final ReadModel<VisionObjectivesView> views;

    AdoptedVisionObjectives(AggregateStores stores) {
        this.views = stores.readModel(VisionObjectivesView.class);
    }

    @Override
    public Set<String> objectivesOf(String municipality, String visionId) {
        return views.findForSystem(visionId).filter(view -> view.municipality().equals(municipality))
                .map(view -> view.objectives().stream().map(VisionObjectivesView.Objective::id)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    void adopted(EventEnvelope event) {
        VisionAdopted adopted = event.payloadAs(VisionAdopted.class);
        views.put(new VisionObjectivesView(adopted.visionId(), event.municipality(),
                adopted.visibility() == null ? Visibility.PRIVATE : Visibility.valueOf(adopted.visibility()),
                adopted.objectives().stream()
                        .map(objective -> new VisionObjectivesView.Objective(objective.id(), objective.title()))
                        .toList()));
    }
}
