package org.citybridge.web.programme;

import java.time.LocalDate;
import java.util.List;

/** A programme as {@code GET /api/programmes/{id}} answers it (the parts the pages show). */
public record Programme(String id, String municipality, String title, String summary, Period period,
        List<Goal> goals, List<String> successFactors, String weighting, String visibility,
        List<Milestone> milestones) {

    public Programme {
        goals = goals == null ? List.of() : List.copyOf(goals);
        successFactors = successFactors == null ? List.of() : List.copyOf(successFactors);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    public record Goal(int number, String title, String description) {
    }

    public record Milestone(String id, String title, LocalDate due, String state, LocalDate completedOn) {
    }
}
