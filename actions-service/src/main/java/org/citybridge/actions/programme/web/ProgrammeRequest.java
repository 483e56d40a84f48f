package org.citybridge.actions.programme.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.programme.Goal;
import org.citybridge.actions.programme.Period;
import org.citybridge.actions.programme.ProgrammeContent;
import org.citybridge.actions.programme.ProgressWeighting;
import org.citybridge.platform.tenancy.Visibility;

/** A programme as an officer writes it; no municipality: it belongs to the officer's city. */
record ProgrammeRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
        @NotNull @Valid PeriodJson period, @Size(max = 20) List<@NotNull @Valid GoalJson> goals,
        @Size(max = 30) List<@NotBlank @Size(max = 500) String> successFactors, ProgressWeighting weighting,
        Visibility visibility, @Size(max = 100) String visionId) {

    record PeriodJson(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** @param visionObjective the id of the vision's objective the goal serves, with the programme's visionId */
    record GoalJson(@NotNull @Min(1) @Max(99) Integer number, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @Size(max = 60) String visionObjective) {
    }

    ProgrammeContent toContent() {
        return new ProgrammeContent(title, summary, new Period(period.start(), period.end()),
                goals == null ? List.of()
                        : goals.stream().map(goal -> new Goal(goal.number(), goal.title(), goal.description(),
                                goal.visionObjective())).toList(),
                successFactors, weighting, visionId);
    }
}
