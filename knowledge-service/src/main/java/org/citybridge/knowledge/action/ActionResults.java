package org.citybridge.knowledge.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * knowledge-service's copy of an action of actions-service and its indicators' latest values, kept
 * from {@code citybridge.actions}: what a practice shows as its measured results, and what a draft
 * from a completed action is filled with. Replaced whole on each event, applied by sequence.
 */
@Document("action_results")
public class ActionResults implements TenantOwned {

    @Id
    private String id;
    private String municipality;
    private Visibility visibility = Visibility.PRIVATE;
    private String programmeId;
    private String title;
    private String description;
    private Integer goal;
    private Integer lineOfWork;
    private String lineOfWorkTitle;
    private List<String> targetGroups = new ArrayList<>();
    private String status;
    /** The sequence of the last action event applied; indicators' events have their own. */
    private Long stateSequence;
    private Map<String, IndicatorValue> indicators = new LinkedHashMap<>();
    private Map<String, Long> indicatorSequences = new LinkedHashMap<>();

    protected ActionResults() {
    }

    static ActionResults unknown(String actionId, String municipality) {
        ActionResults results = new ActionResults();
        results.id = actionId;
        results.municipality = municipality;
        return results;
    }

    /** Applies {@code action.created.v1} / {@code action.updated.v1} unless a newer one was applied. */
    boolean applyState(ActionState state, Long sequence) {
        if (sequence != null && stateSequence != null && sequence <= stateSequence) {
            return false;
        }
        stateSequence = sequence;
        programmeId = state.programmeId();
        title = state.title();
        description = state.description();
        goal = state.goal();
        lineOfWork = state.lineOfWork() == null ? null : state.lineOfWork().number();
        lineOfWorkTitle = state.lineOfWork() == null ? null : state.lineOfWork().title();
        targetGroups = state.targetGroups() == null ? new ArrayList<>() : new ArrayList<>(state.targetGroups());
        status = state.status();
        visibility = Visibility.valueOf(state.visibility());
        return true;
    }

    void completed(String completedTitle, String completedVisibility) {
        status = "COMPLETED";
        if (title == null) {
            title = completedTitle;
        }
        visibility = Visibility.valueOf(completedVisibility);
    }

    /** Keeps the value with the latest date: a back-dated value is not the latest one. */
    void applyMeasurement(IndicatorMeasured measured, Long sequence) {
        Long applied = indicatorSequences.get(measured.indicatorId());
        if (sequence != null && applied != null && sequence <= applied) {
            return;
        }
        IndicatorValue current = indicators.get(measured.indicatorId());
        boolean latest = current == null || current.date() == null || measured.date() == null
                || !measured.date().isBefore(current.date());
        IndicatorValue value = latest
                ? new IndicatorValue(measured.indicatorId(), measured.name(), measured.unit(), measured.date(),
                        measured.value(), measured.status(), measured.visibility())
                : new IndicatorValue(current.indicatorId(), measured.name(), measured.unit(), current.date(),
                        current.value(), measured.status(), measured.visibility());
        indicators.put(measured.indicatorId(), value);
        if (sequence != null) {
            indicatorSequences.put(measured.indicatorId(), sequence);
        }
    }

    public String id() {
        return id;
    }

    @Override
    public String municipality() {
        return municipality;
    }

    @Override
    public Visibility visibility() {
        return visibility;
    }

    public String programmeId() {
        return programmeId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Integer goal() {
        return goal;
    }

    public Integer lineOfWork() {
        return lineOfWork;
    }

    public String lineOfWorkTitle() {
        return lineOfWorkTitle;
    }

    public List<String> targetGroups() {
        return List.copyOf(targetGroups);
    }

    public String status() {
        return status;
    }

    public List<IndicatorValue> indicators() {
        return List.copyOf(indicators.values());
    }
}
