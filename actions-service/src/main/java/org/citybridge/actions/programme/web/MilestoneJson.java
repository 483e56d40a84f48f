package org.citybridge.actions.programme.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;

/** A milestone as the API shows it; also the answer to planning or changing one, for programmes and actions. */
public record MilestoneJson(String id, String title, LocalDate due, MilestoneState state, LocalDate completedOn,
        String completedBy) {

    public static MilestoneJson of(Milestone milestone) {
        return new MilestoneJson(milestone.id(), milestone.title(), milestone.due(), milestone.state(),
                milestone.completedOn(), milestone.completedBy());
    }

    public record PlanRequest(@NotBlank @Size(max = 300) String title, @NotNull LocalDate due) {
    }

    /** @param completedOn when it was completed, if not today; only for COMPLETED */
    public record StateRequest(@NotNull MilestoneState state, LocalDate completedOn) {
    }
}
