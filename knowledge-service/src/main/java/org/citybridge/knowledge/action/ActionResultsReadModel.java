package org.citybridge.knowledge.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.stereotype.Component;

/** Keeps the copies of actions and programmes from actions-service's events, and answers about them. */
@Component
public class ActionResultsReadModel {

    private final ReadModel<ActionResults> actions;
    private final ReadModel<ProgrammeContext> programmes;

    ActionResultsReadModel(AggregateStores stores) {
        this.actions = stores.readModel(ActionResults.class);
        this.programmes = stores.readModel(ProgrammeContext.class);
    }

    /** The linked actions the caller may see, with only the indicators it may see, in the order asked. */
    public List<ActionResults> visibleTo(Caller caller, List<String> actionIds) {
        return actionIds.stream().map(id -> actions.findVisible(caller, id)).flatMap(Optional::stream).toList();
    }

    /** Whether an indicator's value may be shown to the caller (never wider than its action, which was checked). */
    public static boolean indicatorVisibleTo(ActionResults action, IndicatorValue indicator, Caller caller) {
        Visibility visibility = indicator.visibility() == null ? action.visibility()
                : Visibility.valueOf(indicator.visibility());
        return visibility.visibleTo(action.municipality(), caller);
    }

    void applyState(EventEnvelope event) {
        ActionState state = event.payloadAs(ActionState.class);
        ActionResults results = current(state.id(), event.municipality());
        if (results.applyState(state, event.sequence())) {
            actions.put(results);
        }
    }

    void applyMeasurement(EventEnvelope event) {
        IndicatorMeasured measured = event.payloadAs(IndicatorMeasured.class);
        ActionResults results = current(measured.actionId(), event.municipality());
        results.applyMeasurement(measured, event.sequence());
        actions.put(results);
    }

    CompletedAction completed(EventEnvelope event) {
        ActionCompleted completed = event.payloadAs(ActionCompleted.class);
        ActionResults results = current(completed.actionId(), event.municipality());
        results.completed(completed.title(), completed.visibility());
        actions.put(results);
        Optional<ProgrammeContext> programme = Optional.ofNullable(completed.programmeId())
                .flatMap(programmes::findForSystem);
        return new CompletedAction(results.id(), results.municipality(), results.visibility(), results.title(),
                results.description(), programme.map(ProgrammeContext::title).orElse(null),
                programme.map(context -> context.goal(results.goal())).orElse(null), results.lineOfWork(),
                results.targetGroups(), results.indicators());
    }

    void programmeCreated(EventEnvelope event) {
        ProgrammeCreated created = event.payloadAs(ProgrammeCreated.class);
        Map<String, String> goals = new LinkedHashMap<>();
        if (created.goals() != null) {
            created.goals().forEach(goal -> goals.put(String.valueOf(goal.number()), goal.title()));
        }
        programmes.put(new ProgrammeContext(created.id(), event.municipality(),
                created.visibility() == null ? Visibility.PRIVATE : Visibility.valueOf(created.visibility()),
                created.title(), goals));
    }

    private ActionResults current(String actionId, String municipality) {
        return actions.findForSystem(actionId).orElseGet(() -> ActionResults.unknown(actionId, municipality));
    }
}
