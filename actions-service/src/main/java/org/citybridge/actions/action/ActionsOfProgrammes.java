package org.citybridge.actions.action;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citybridge.actions.programme.Period;
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
        return Visibility.widestOf(of(programmeId).stream().map(Action::visibility));
    }

    @Override
    public Optional<Period> span(String programmeId) {
        List<Period> periods = of(programmeId).stream().map(action -> action.details().period())
                .filter(Objects::nonNull).toList();
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Period(periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow(),
                periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow()));
    }

    /** The programme's actions, whoever asks: the programme's officer is changing it and must see them all. */
    private List<Action> of(String programmeId) {
        return actions.findForSystem(Criteria.where("programmeId").is(programmeId), PageRequest.of(0, 10_000))
                .getContent();
    }
}
