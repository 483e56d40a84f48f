package org.citybridge.actions.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgrammeService;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Service;

/** Rolls a programme's actions up into its goals and itself, as the caller may see them. */
@Service
public class ProgressService {

    private final ProgrammeService programmes;
    private final ActionService actions;
    private final IndicatorStandings standings;
    private final Clock clock = Clock.systemUTC();

    ProgressService(ProgrammeService programmes, ActionService actions, IndicatorStandings standings) {
        this.programmes = programmes;
        this.actions = actions;
        this.standings = standings;
    }

    public ProgrammeProgress of(Caller caller, String programmeId) {
        Programme programme = programmes.get(caller, programmeId);
        LocalDate today = LocalDate.now(clock);
        List<ActionProgress> progress = actions.allOf(caller, programme.id()).stream()
                .map(action -> progressOf(action, today)).toList();
        Map<ActionStatus, Long> statuses = new EnumMap<>(ActionStatus.class);
        progress.forEach(action -> statuses.merge(action.status(), 1L, Long::sum));
        List<ProgrammeProgress.GoalProgress> goals = programme.content().goals().stream().map(goal -> {
            List<ActionProgress> ofGoal = progress.stream()
                    .filter(action -> Objects.equals(action.goal(), goal.number())).toList();
            return new ProgrammeProgress.GoalProgress(goal.number(), goal.title(),
                    Rollup.completion(ofGoal, programme.content().weighting()), ofGoal.size(),
                    ofGoal.stream().filter(action -> action.status() == ActionStatus.LATE).count());
        }).toList();
        return new ProgrammeProgress(programme.id(), programme.title(), programme.content().weighting(),
                Rollup.completion(progress, programme.content().weighting()), statuses, goals, progress);
    }

    /** One action's standing today: status as shown, completion from its indicators or milestones. */
    public ActionProgress progressOf(Action action, LocalDate today) {
        double completion = ActionStatusRule.completion(action.status(), action.milestones(),
                standings.of(action, today));
        return new ActionProgress(action.id(), action.title(), action.details().goal(), action.status(), completion,
                action.details().resources().budgetPlanned());
    }
}
