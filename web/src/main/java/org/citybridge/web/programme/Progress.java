package org.citybridge.web.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code GET /api/programmes/{id}/progress}: completion rolled up from the actions, per goal and per action. */
public record Progress(String programmeId, String title, String weighting, double completion,
        Map<String, Integer> statuses, List<GoalProgress> goals, List<ActionProgress> actions) {

    public Progress {
        statuses = statuses == null ? Map.of() : Map.copyOf(statuses);
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public int count(String status) {
        return statuses.getOrDefault(status, 0);
    }

    public List<ActionProgress> actionsOf(int goal) {
        return actions.stream().filter(a -> a.goal() == goal).toList();
    }

    public record GoalProgress(int number, String title, double completion, int actions, int late) {
    }

    public record ActionProgress(String actionId, String title, int goal, String status, double completion,
            BigDecimal budget) {
    }
}
