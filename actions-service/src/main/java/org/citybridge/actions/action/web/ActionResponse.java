package org.citybridge.actions.action.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.LineOfWork;
import org.citybridge.actions.action.Owner;
import org.citybridge.actions.action.Resources;
import org.citybridge.actions.action.StatusOverride;
import org.citybridge.actions.action.StatusUpdate;
import org.citybridge.actions.programme.Period;
import org.citybridge.actions.programme.web.MilestoneJson;
import org.citybridge.platform.tenancy.Visibility;

/**
 * An action as the API shows it.
 *
 * @param computedStatus what the indicators and milestones say, also while an override stands
 * @param inactivePartners organisations it names that were deactivated since: worth a look
 */
record ActionResponse(String id, String municipality, String programmeId, String title, String description,
        Integer goal, LineOfWork lineOfWork, Owner owner, List<String> partners, List<String> targetGroups,
        Period period, Resources resources, ActionStatus status, ActionStatus computedStatus, StatusOverride override,
        List<MilestoneJson> milestones, List<StatusUpdate> updates, Set<String> inactivePartners,
        Visibility visibility, Instant createdAt) {

    static ActionResponse of(Action action) {
        var details = action.details();
        return new ActionResponse(action.id(), action.municipality(), action.programmeId(), details.title(),
                details.description(), details.goal(), details.lineOfWork(), details.owner(), details.partners(),
                details.targetGroups(), details.period(), details.resources(), action.status(),
                action.computedStatus(), action.override(),
                action.milestones().stream().map(MilestoneJson::of).toList(), action.updates(),
                action.inactivePartners(), action.visibility(), action.createdAt());
    }
}
