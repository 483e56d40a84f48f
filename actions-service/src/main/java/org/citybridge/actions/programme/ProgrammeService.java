package org.citybridge.actions.programme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.actions.organisation.AdoptedVisions;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The programme use cases: a city's officers plan programmes; the network reads what they share. What
 * a caller may not see does not exist for it (404); what it sees but does not own it may not change (403).
 */
@Service
public class ProgrammeService {

    private final TenantStore<Programme> programmes;
    private final ProgrammeActions actions;
    private final AdoptedVisions visions;

    ProgrammeService(AggregateStores stores, ProgrammeActions actions, AdoptedVisions visions) {
        this.programmes = stores.tenantOwned(Programme.class);
        this.actions = actions;
        this.visions = visions;
    }

    public Programme start(Caller caller, ProgrammeContent content, Visibility visibility) {
        String municipality = caller.requireMunicipality();
        requireObjectivesOfTheVision(municipality, content);
        return programmes.save(Programme.start(municipality, content,
                visibility == null ? Visibility.PRIVATE : visibility));
    }

    /** Goals tied to the vision name objectives the city's adopted vision has (organisations-service's events). */
    private void requireObjectivesOfTheVision(String municipality, ProgrammeContent content) {
        if (content.visionId() == null) {
            return;
        }
        Set<String> objectives = visions.objectivesOf(municipality, content.visionId());
        if (objectives.isEmpty()) {
            throw new InvalidValueException("visionId", "names no adopted vision of " + municipality + ": "
                    + content.visionId());
        }
        for (int i = 0; i < content.goals().size(); i++) {
            String objective = content.goals().get(i).visionObjective();
            if (objective != null && !objectives.contains(objective)) {
                throw new InvalidValueException("goals[" + i + "].visionObjective", "is not an objective of vision "
                        + content.visionId() + " (it has " + objectives.stream().sorted().toList() + ")");
            }
        }
    }

    public Programme get(Caller caller, String id) {
        return programmes.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Programme", id));
    }

    /** The programme if the caller may change it: 404 when it may not even see it, 403 when it only sees it. */
    public Programme getForChange(Caller caller, String id) {
        Programme programme = get(caller, id);
        if (!caller.belongsTo(programme.municipality())) {
            throw new NotAllowedException("Only an officer of " + programme.municipality()
                    + " may change this programme.");
        }
        return programme;
    }

    /** Writes the programme as read: a save by someone else since makes the caller's If-Match fail (412). */
    public Programme revise(Programme programme, ProgrammeContent content, Visibility visibility) {
        requireObjectivesOfTheVision(programme.municipality(), content);
        Set<Integer> kept = content.goals().stream().map(Goal::number).collect(Collectors.toSet());
        List<Integer> stillNamed = actions.goalsInUse(programme.id()).stream().filter(goal -> !kept.contains(goal))
                .sorted().toList();
        if (!stillNamed.isEmpty()) {
            throw new ConflictException("Goals " + stillNamed + " are still served by actions of this programme; "
                    + "move those actions to another goal first.");
        }
        actions.span(programme.id()).filter(span -> span.start().isBefore(content.period().start())
                || span.end().isAfter(content.period().end())).ifPresent(span -> {
                    throw new ConflictException("Actions of this programme run from " + span.start() + " to "
                            + span.end() + "; move them into the new period first.");
                });
        Visibility widest = actions.widestVisibility(programme.id());
        if (visibility != null && widest.isWiderThan(visibility)) {
            throw new ConflictException("Actions of this programme are shared as " + widest
                    + "; narrow them first, then the programme.");
        }
        programme.revise(content, visibility);
        return programmes.save(programme);
    }

    public Milestone planMilestone(Programme programme, String title, LocalDate due) {
        Milestone milestone = programme.planMilestone(title, due);
        programmes.save(programme);
        return milestone;
    }

    public Milestone changeMilestone(Programme programme, String milestoneId, MilestoneState state, LocalDate on,
            Caller caller) {
        if (on != null && on.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new InvalidValueException("completedOn", "is in the future (" + on + ")");
        }
        Milestone milestone = programme.changeMilestone(milestoneId, state, on, caller.subject());
        programmes.save(programme);
        return milestone;
    }

    public Page<Programme> list(Caller caller, Pageable pageable) {
        return programmes.findVisible(caller, null, pageable);
    }
}
