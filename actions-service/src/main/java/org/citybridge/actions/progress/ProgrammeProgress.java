package org.citybridge.actions.progress;

import java.util.List;
import java.util.Map;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.programme.ProgressWeighting;

/**
 * Where a programme stands, at a glance: its completion and each goal's, rolled up from its actions.
 *
 * @param completion 0..1
 * @param statuses   how many actions have each status
 */
public record ProgrammeProgress(String programmeId, String title, ProgressWeighting weighting, double completion,
        Map<ActionStatus, Long> statuses, List<GoalProgress> goals, List<ActionProgress> actions) {

    /** @param late how many of its actions are LATE: where to look first */
    public record GoalProgress(int number, String title, double completion, int actions, long late) {
    }
}
