package org.citybridge.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One action of a programme (Antwerp's "100 jongeren maken het"). Its status is computed from its
 * indicators and milestones (see progress/ActionStatusRule) and kept here, so that lists can filter on
 * it and a change is an event; an officer may override it with a reason. Every change of the status
 * anyone sees — computed or overridden — is recorded once, as it happens.
 */
@Document("actions")
public class Action extends TenantAggregate {

    /** Domain events; messaging/ActionEvents publishes them. */
    public record Created(Action action) {
    }

    public record Updated(Action action) {
    }

    /** Each carries the action's visibility, so that a consumer keeps a PRIVATE action's news to its city. */
    public record StatusChanged(String actionId, String programmeId, ActionStatus from, ActionStatus to,
            String reason, boolean manual, Instant at, Visibility visibility) {
    }

    public record Completed(String actionId, String programmeId, String title, Instant at, Visibility visibility) {
    }

    public record MilestoneReached(String actionId, String programmeId, Milestone milestone, Visibility visibility) {
    }

    @Id
    private String id;
    @Indexed
    private String programmeId;
    private ActionDetails details;
    @Indexed
    private ActionStatus status;
    private ActionStatus computedStatus;
    private StatusOverride override;
    private List<Milestone> milestones = new ArrayList<>();
    private List<StatusUpdate> updates = new ArrayList<>();
    /** Owner or partners that organisations-service deactivated since they were named: a reason to look. */
    private Set<String> inactivePartners = new LinkedHashSet<>();
    /** Whether {@link #inactivePartners} has any: a plain field, so that a list can filter on it. */
    @Indexed
    private boolean flagged;
    private Instant createdAt;

    protected Action() {
    }

    private Action(String id, String municipality, String programmeId, ActionDetails details, Visibility visibility) {
        super(municipality, visibility);
        this.id = Objects.requireNonNull(id);
        this.programmeId = Objects.requireNonNull(programmeId);
        this.details = Objects.requireNonNull(details);
        this.computedStatus = ActionStatus.NOT_STARTED;
        this.status = computedStatus;
        this.createdAt = Instant.now();
        record(new Created(this));
    }

    public static Action create(String municipality, String programmeId, ActionDetails details, Visibility visibility) {
        return create(UUID.randomUUID().toString(), municipality, programmeId, details, visibility);
    }

    /** With a known id, so that loading the same demo action twice finds the first one. */
    public static Action create(String id, String municipality, String programmeId, ActionDetails details,
            Visibility visibility) {
        return new Action(id, municipality, programmeId, details, visibility);
    }

    public void revise(ActionDetails revised, Visibility newVisibility) {
        details = Objects.requireNonNull(revised);
        if (newVisibility != null) {
            changeVisibility(newVisibility);
        }
        inactivePartners.retainAll(details.organisations());
        flagged = !inactivePartners.isEmpty();
        recordUpdated();
    }

    public Milestone planMilestone(String title, LocalDate due) {
        Milestone milestone = Milestone.planned(UUID.randomUUID().toString(), title, due);
        milestones.add(milestone);
        recordUpdated();
        return milestone;
    }

    /** A milestone's new state; completing it is news of its own (milestone.reached.v1). */
    public Milestone changeMilestone(String milestoneId, MilestoneState state, LocalDate on, String by) {
        for (int i = 0; i < milestones.size(); i++) {
            Milestone before = milestones.get(i);
            if (before.id().equals(milestoneId)) {
                Milestone after = before.withState(state, on, by);
                milestones.set(i, after);
                if (after.isCompleted() && !before.isCompleted()) {
                    record(new MilestoneReached(id, programmeId, after, visibility()));
                }
                recordUpdated();
                return after;
            }
        }
        throw NotFoundException.of("Milestone", milestoneId);
    }

    public StatusUpdate postUpdate(LocalDate date, String text, String author, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "must not be blank");
        }
        StatusUpdate update = new StatusUpdate(date == null ? LocalDate.now() : date, text.trim(), author, now);
        updates.add(update);
        return update;
    }

    /** What the rule computed from indicators and milestones; seen only while no override stands. */
    public void applyComputedStatus(ActionStatus computed, Instant now) {
        if (!computed.isComputed()) {
            throw new IllegalArgumentException(computed + " is never computed");
        }
        computedStatus = computed;
        show(override == null ? computed : override.status(), null, false, now);
    }

    public void overrideStatus(StatusOverride newOverride) {
        override = Objects.requireNonNull(newOverride);
        show(newOverride.status(), newOverride.reason(), true, newOverride.at());
    }

    /** Back to the computed status. */
    public void clearOverride(String reason, Instant now) {
        if (override != null) {
            override = null;
            show(computedStatus, reason, true, now);
        }
    }

    /** One action.updated.v1 per save, however many changes it carries: consumers want the new state, once. */
    private void recordUpdated() {
        if (recordedEvents().stream().noneMatch(event -> event instanceof Updated || event instanceof Created)) {
            record(new Updated(this));
        }
    }

    private void show(ActionStatus next, String reason, boolean manual, Instant now) {
        ActionStatus previous = status;
        status = next;
        if (previous != next) {
            record(new StatusChanged(id, programmeId, previous, next, reason, manual, now, visibility()));
            if (next == ActionStatus.COMPLETED) {
                record(new Completed(id, programmeId, details.title(), now, visibility()));
            }
        }
    }

    /** Organisations-service deactivated one of the organisations this action names. */
    public boolean flagInactivePartner(String organisationId) {
        boolean added = details.organisations().contains(organisationId) && inactivePartners.add(organisationId);
        flagged = !inactivePartners.isEmpty();
        return added;
    }

    public boolean clearInactivePartner(String organisationId) {
        boolean removed = inactivePartners.remove(organisationId);
        flagged = !inactivePartners.isEmpty();
        return removed;
    }

    @Override
    public String id() {
        return id;
    }

    public String programmeId() {
        return programmeId;
    }

    public ActionDetails details() {
        return details;
    }

    public String title() {
        return details.title();
    }

    /** The status everyone sees: the override if one stands, else the computed one. */
    public ActionStatus status() {
        return status;
    }

    public ActionStatus computedStatus() {
        return computedStatus;
    }

    public StatusOverride override() {
        return override;
    }

    public List<Milestone> milestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<StatusUpdate> updates() {
        return Collections.unmodifiableList(updates);
    }

    public Set<String> inactivePartners() {
        return Collections.unmodifiableSet(inactivePartners);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
