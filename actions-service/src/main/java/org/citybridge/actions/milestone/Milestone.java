package org.citybridge.actions.milestone;

import java.time.LocalDate;
import java.util.Objects;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * A dated step of a programme's planning ("Tot zomer 2010 gedeelde visie ontwikkelen") or of an
 * action (Kausal Watch's action task). Immutable: a change of state makes a new one, so an aggregate
 * that holds it decides when the change is an event (a milestone reached).
 *
 * @param completedOn the day it was completed, as the officer says (may be before the day it was recorded)
 * @param completedBy who recorded the completion (the token's subject)
 */
public record Milestone(String id, String title, LocalDate due, MilestoneState state, LocalDate completedOn,
        String completedBy) {

    public Milestone {
        Objects.requireNonNull(id, "id");
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("title", "must not be blank");
        }
        title = title.trim();
        Objects.requireNonNull(due, "due");
        if (due.getYear() < 1900 || due.getYear() > 2200) {
            throw new InvalidValueException("due", "must be between the years 1900 and 2200");
        }
        state = state == null ? MilestoneState.NOT_STARTED : state;
        if (state != MilestoneState.COMPLETED) {
            completedOn = null;
            completedBy = null;
        }
    }

    public static Milestone planned(String id, String title, LocalDate due) {
        return new Milestone(id, title, due, MilestoneState.NOT_STARTED, null, null);
    }

    /** Past its due date and still open: what makes an action (or a plan) late. */
    public boolean isOverdue(LocalDate today) {
        return state.isOpen() && due.isBefore(today);
    }

    public boolean isCompleted() {
        return state == MilestoneState.COMPLETED;
    }

    public Milestone withState(MilestoneState newState, LocalDate on, String by) {
        if (newState == MilestoneState.COMPLETED) {
            return new Milestone(id, title, due, newState, on == null ? LocalDate.now() : on, by);
        }
        return new Milestone(id, title, due, newState, null, null);
    }

    public Milestone withPlan(String newTitle, LocalDate newDue) {
        return new Milestone(id, newTitle, newDue, state, completedOn, completedBy);
    }
}
