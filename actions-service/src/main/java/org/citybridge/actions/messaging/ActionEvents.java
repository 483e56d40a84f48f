package org.citybridge.actions.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionDetails;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of actions, on {@code citybridge.actions} keyed by action id, so that an
 * action's creation, updates, status changes and milestones reach consumers in order (docs/events.md).
 * Budgets, FTE and the officers' timeline stay out: no consumer needs them, and an event is copied
 * into other services' stores, whereas the API shows them only to callers who may see the action.
 */
@Component
public class ActionEvents extends EventTranslation<Action> {

    public static final EventType CREATED = EventType.of("action.created", 1);
    public static final EventType UPDATED = EventType.of("action.updated", 1);
    public static final EventType STATUS_CHANGED = EventType.of("action.status-changed", 1);
    public static final EventType COMPLETED = EventType.of("action.completed", 1);
    public static final EventType MILESTONE_REACHED = EventType.of("milestone.reached", 1);

    public record LineOfWork(int number, String title) {
    }

    public record Owner(String organisationId, String name) {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    /** Payload of {@code action.created.v1} and {@code action.updated.v1}: the action's shareable state. */
    public record ActionState(String id, String programmeId, String title, String description, Integer goal,
            LineOfWork lineOfWork, Owner owner, List<String> partners, List<String> targetGroups, Period period,
            String status, String visibility) {
    }

    /** Payload of {@code action.status-changed.v1}. */
    public record StatusChanged(String actionId, String programmeId, String from, String to, boolean manual,
            String reason, Instant changedAt, String visibility) {
    }

    /** Payload of {@code action.completed.v1}. */
    public record ActionCompleted(String actionId, String programmeId, String title, Instant completedAt,
            String visibility) {
    }

    /** Payload of {@code milestone.reached.v1}. */
    public record MilestoneReached(String actionId, String programmeId, String milestoneId, String title,
            LocalDate due, LocalDate completedOn, String visibility) {
    }

    ActionEvents() {
        super(Action.class);
        translate(Action.Created.class, CREATED, event -> state(event.action()));
        translate(Action.Updated.class, UPDATED, event -> state(event.action()));
        translate(Action.StatusChanged.class, STATUS_CHANGED, event -> new StatusChanged(event.actionId(),
                event.programmeId(), event.from().name(), event.to().name(), event.manual(), event.reason(),
                event.at(), event.visibility().name()));
        translate(Action.Completed.class, COMPLETED, event -> new ActionCompleted(event.actionId(),
                event.programmeId(), event.title(), event.at(), event.visibility().name()));
        translate(Action.MilestoneReached.class, MILESTONE_REACHED, event -> new MilestoneReached(event.actionId(),
                event.programmeId(), event.milestone().id(), event.milestone().title(), event.milestone().due(),
                event.milestone().completedOn(), event.visibility().name()));
    }

    /** The state as saved: the domain event holds the aggregate, translated when the save writes it. */
    private static ActionState state(Action action) {
        ActionDetails details = action.details();
        return new ActionState(action.id(), action.programmeId(), details.title(), details.description(),
                details.goal(),
                details.lineOfWork() == null ? null
                        : new LineOfWork(details.lineOfWork().number(), details.lineOfWork().title()),
                details.owner() == null ? null : new Owner(details.owner().organisationId(), details.owner().name()),
                details.partners(), details.targetGroups(),
                details.period() == null ? null : new Period(details.period().start(), details.period().end()),
                action.status().name(), action.visibility().name());
    }
}
