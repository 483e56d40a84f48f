package org.citybridge.actions.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * What an officer writes of a programme, checked as a whole: goal numbers are unique.
 *
 * @param visionId the city's adopted vision (organisations-service) whose objectives the goals serve, or null
 */
public record ProgrammeContent(String title, String summary, Period period, List<Goal> goals,
        List<String> successFactors, ProgressWeighting weighting, String visionId) {

    public ProgrammeContent(String title, String summary, Period period, List<Goal> goals,
            List<String> successFactors, ProgressWeighting weighting) {
        this(title, summary, period, goals, successFactors, weighting, null);
    }

    public ProgrammeContent {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("title", "must not be blank");
        }
        title = title.trim();
        Objects.requireNonNull(period, "period");
        goals = goals == null ? List.of() : List.copyOf(goals);
        successFactors = successFactors == null ? List.of()
                : successFactors.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList();
        weighting = weighting == null ? ProgressWeighting.EQUAL : weighting;
        visionId = visionId == null || visionId.isBlank() ? null : visionId.strip();
        if (visionId == null && goals.stream().anyMatch(goal -> goal.visionObjective() != null)) {
            throw new InvalidValueException("visionId", "names the adopted vision whose objectives the goals serve");
        }
        Set<Integer> numbers = new HashSet<>();
        for (Goal goal : goals) {
            if (!numbers.add(goal.number())) {
                throw new InvalidValueException("goals", "number " + goal.number() + " is used twice");
            }
        }
    }

    public Optional<Goal> goal(int number) {
        return goals.stream().filter(goal -> goal.number() == number).findFirst();
    }
}
