package org.citybridge.actions.report;

import java.util.List;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.Resources;
import org.citybridge.platform.tenancy.Visibility;

/**
 * One action as a report froze it, with the officer's commentary for the period.
 *
 * @param visibility        the action's when frozen: another city reading the report sees only shared ones
 * @param completion        0..1
 * @param milestonesReached titles of milestones completed within the period
 * @param milestonesMissed  titles of milestones due by the end of the period and not completed by then
 */
public record ActionSnapshot(String actionId, String title, Integer goal, ActionStatus status, double completion,
        Resources resources, List<String> milestonesReached, List<String> milestonesMissed,
        List<IndicatorSnapshot> indicators, String commentary, Visibility visibility) {

    public ActionSnapshot {
        milestonesReached = List.copyOf(milestonesReached);
        milestonesMissed = List.copyOf(milestonesMissed);
        indicators = List.copyOf(indicators);
        // A snapshot that does not say is its city's own: never shared by mistake.
        visibility = visibility == null ? Visibility.PRIVATE : visibility;
    }

    ActionSnapshot withCommentary(String text) {
        return new ActionSnapshot(actionId, title, goal, status, completion, resources, milestonesReached,
                milestonesMissed, indicators, text, visibility);
    }

    /** As another city may read it: without the indicators its city keeps to itself. */
    ActionSnapshot shared() {
        return new ActionSnapshot(actionId, title, goal, status, completion, resources, milestonesReached,
                milestonesMissed, indicators.stream().filter(IndicatorSnapshot::sharedOutsideItsCity).toList(), commentary,
                visibility);
    }

    public boolean sharedOutsideItsCity() {
        return visibility != Visibility.PRIVATE;
    }
}
