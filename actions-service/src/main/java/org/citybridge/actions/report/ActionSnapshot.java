package org.citybridge.actions.report;

import java.util.List;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.Resources;

/**
 * One action as a report froze it, with the officer's commentary for the period.
 *
 * @param completion        0..1
 * @param milestonesReached titles of milestones completed within the period
 * @param milestonesMissed  titles of milestones due by the end of the period and not completed by then
 */
public record ActionSnapshot(String actionId, String title, Integer goal, ActionStatus status, double completion,
        Resources resources, List<String> milestonesReached, List<String> milestonesMissed,
        List<IndicatorSnapshot> indicators, String commentary) {

    public ActionSnapshot {
        milestonesReached = List.copyOf(milestonesReached);
        milestonesMissed = List.copyOf(milestonesMissed);
        indicators = List.copyOf(indicators);
    }

    ActionSnapshot withCommentary(String text) {
        return new ActionSnapshot(actionId, title, goal, status, completion, resources, milestonesReached,
                milestonesMissed, indicators, text);
    }
}
