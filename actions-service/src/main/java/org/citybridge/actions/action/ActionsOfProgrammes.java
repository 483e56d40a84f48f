package org.citybridge.actions.action;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.citybridge.actions.programme.ProgrammeActions;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Answers {@link ProgrammeActions} from the actions themselves. */
@Component
class ActionsOfProgrammes implements ProgrammeActions {

    private final TenantStore<Action> actions;

    ActionsOfProgrammes(AggregateStores stores) {
        this.actions = stores.tenantOwned(Action.class);
    }

    @Override
    public Set<Integer> goalsInUse(String programmeId) {
        Set<Integer> goals = new HashSet<>();
        of(programmeId).stream().map(action -> action.details().goal()).filter(Objects::nonNull).forEach(goals::add);
        return goals;
    }

    @Override
    public Visibility widestVisibility(String programmeId) {
        Visibility widest = Visibility.PRIVATE;
        for (Action action : of(programmeId)) {
            if (action.visibility().isWiderThan(widest)) {
                widest = action.visibility();
            }
        }
        return widest;
    }

    /** The programme's actions, whoever asks: the programme's officer is changing it and must see them all. */
    private List<Action> of(String programmeId) {
        return actions.findForSystem(Criteria.where("programmeId").is(programmeId), PageRequest.of(0, 10_000))
                .getContent();
    }
}
