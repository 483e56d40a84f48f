package org.citybridge.actions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.actions.organisation.PactLines;
import org.citybridge.actions.organisation.PartnerDirectory;
import org.citybridge.actions.programme.Period;
import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgrammeService;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The action use cases. Every write checks what the action names (its programme's goal, its pact's
 * line of work, its organisations) and saves it with the status the rule computes from the new
 * state, in the same write: a status never lags behind the change that moved it.
 */
@Service
public class ActionService {

    private static final Logger log = LoggerFactory.getLogger(ActionService.class);

    private final TenantStore<Action> actions;
    private final ProgrammeService programmes;
    private final PartnerDirectory partners;
    private final PactLines pactLines;
    private final StatusRule statusRule;
    private final ActionIndicators indicators;
    private final Clock clock;

    ActionService(AggregateStores stores, ProgrammeService programmes, PartnerDirectory partners, PactLines pactLines,
            StatusRule statusRule, ActionIndicators indicators) {
        this.actions = stores.tenantOwned(Action.class);
        this.programmes = programmes;
        this.partners = partners;
        this.pactLines = pactLines;
        this.statusRule = statusRule;
        this.indicators = indicators;
        this.clock = Clock.systemUTC();
    }

    public Action create(Caller caller, String programmeId, ActionDetails details, Visibility visibility) {
        Programme programme = programmes.getForChange(caller, programmeId);
        ActionDetails checked = check(caller, programme, details, List.of());
        Action action = Action.create(programme.municipality(), programme.id(), checked,
                within(programme, visibility == null ? programme.visibility() : visibility));
        return save(action);
    }

    /**
     * An action is never shared wider than its programme: another city would read an action of a
     * programme it may not know exists.
     */
    private static Visibility within(Programme programme, Visibility visibility) {
        if (visibility.isWiderThan(programme.visibility())) {
            throw new InvalidValueException("visibility", "cannot be wider than its programme's ("
                    + programme.visibility() + ")");
        }
        return visibility;
    }

    public Action get(Caller caller, String id) {
        return actions.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Action", id));
    }

    /** The action if the caller may change it: 404 when it may not even see it, 403 when it only sees it. */
    public Action getForChange(Caller caller, String id) {
        Action action = get(caller, id);
        if (!caller.belongsTo(action.municipality())) {
            throw new NotAllowedException("Only an officer of " + action.municipality() + " may change this action.");
        }
        return action;
    }

    /** Writes the action as read: a save by someone else since makes the caller's If-Match fail (412). */
    public Action revise(Caller caller, Action action, ActionDetails details, Visibility visibility) {
        Programme programme = programmes.getForChange(caller, action.programmeId());
        Visibility widest = indicators.widestVisibility(action.id());
        if (visibility != null && widest.isWiderThan(visibility)) {
            throw new ConflictException("Indicators of this action are shared as " + widest
                    + "; narrow them first, then the action.");
        }
        action.revise(check(caller, programme, details, action.details().organisations()),
                visibility == null ? null : within(programme, visibility));
        return save(action);
    }

    /**
     * Needs no If-Match: a milestone is added or moved on, nothing the caller read is overwritten; a
     * concurrent save (a measurement, the status sweep) makes it retry on the fresh state.
     */
    public Milestone planMilestone(Caller caller, String actionId, String title, LocalDate due) {
        List<Milestone> planned = new ArrayList<>(1);
        change(caller, actionId, action -> {
            planned.clear();
            planned.add(action.planMilestone(title, due));
        });
        return planned.get(0);
    }

    public Milestone changeMilestone(Caller caller, String actionId, String milestoneId, MilestoneState state,
            LocalDate on) {
        requireNotFuture("completedOn", on);
        List<Milestone> changed = new ArrayList<>(1);
        change(caller, actionId, action -> {
            changed.clear();
            changed.add(action.changeMilestone(milestoneId, state, on, caller.subject()));
        });
        return changed.get(0);
    }

    /** Needs no If-Match: a note is added, nothing is overwritten; a concurrent save makes it retry. */
    public StatusUpdate postUpdate(Caller caller, String actionId, LocalDate date, String text) {
        requireNotFuture("date", date);
        List<StatusUpdate> posted = new ArrayList<>(1);
        change(caller, actionId, action -> {
            posted.clear();
            posted.add(action.postUpdate(date, text, caller.subject(), clock.instant()));
        });
        return posted.get(0);
    }

    public Action overrideStatus(Caller caller, String actionId, ActionStatus status, String reason,
            String mergedInto) {
        if (mergedInto != null && !mergedInto.isBlank()) {
            // Unknown, another city's or itself: one answer, so that it confirms nothing about other cities.
            boolean ownOther = actions.findOwned(caller, mergedInto).filter(target -> !target.id().equals(actionId))
                    .isPresent();
            if (!ownOther) {
                throw new InvalidValueException("mergedInto", "names no other action of " + caller.municipality());
            }
        }
        StatusOverride override = new StatusOverride(status, reason, mergedInto, caller.subject(), clock.instant());
        return change(caller, actionId, action -> action.overrideStatus(override));
    }

    public Action clearOverride(Caller caller, String actionId, String reason) {
        return change(caller, actionId, action -> action.clearOverride(reason, clock.instant()));
    }

    public Page<Action> list(Caller caller, ActionFilter filter, Pageable pageable) {
        return actions.findVisible(caller, criteria(filter), pageable);
    }

    /** Every action of a programme the caller may see, for roll-ups and reports (a programme has tens, not thousands). */
    public List<Action> allOf(Caller caller, String programmeId) {
        return list(caller, new ActionFilter(programmeId, null, null, null, null, null, null, false, false),
                PageRequest.of(0, 1000, Sort.by("details.title", "_id"))).getContent();
    }

    /**
     * Computes the status again, for work no request asked for: a measurement recorded, a day passed.
     * Saves only when it changed, so that a sweep over unchanged actions writes nothing.
     */
    public void refreshStatus(String actionId) {
        retrying(() -> actions.findForSystem(actionId).ifPresent(action -> {
            ActionStatus before = action.status();
            action.applyComputedStatus(statusRule.compute(action, today()), clock.instant());
            if (action.status() != before) {
                actions.save(action);
            }
        }));
    }

    /** Dates move: a milestone falls due, an indicator's straight line moves on. Returns how many were looked at. */
    public int refreshAllStatuses() {
        int seen = 0;
        Pageable page = PageRequest.of(0, 200, Sort.by("_id"));
        while (true) {
            Page<Action> batch = actions.findForSystem((Criteria) null, page);
            for (Action action : batch) {
                try {
                    refreshStatus(action.id());
                } catch (RuntimeException e) {
                    // One action that cannot be computed must not leave every later one stale.
                    log.warn("Status of action {} not computed again: {}", action.id(), e.toString());
                }
                seen++;
            }
            if (!batch.hasNext()) {
                return seen;
            }
            page = batch.nextPageable();
        }
    }

    /** organisations-service deactivated (or reactivated) an organisation: flag (or unflag) the actions naming it. */
    public int markPartner(String municipality, String organisationId, boolean active) {
        Caller city = new Caller("actions-service", municipality, Set.of(Role.SERVICE));
        Criteria naming = new Criteria().orOperator(Criteria.where("details.partners").is(organisationId),
                Criteria.where("details.owner.organisationId").is(organisationId));
        int changed = 0;
        for (Action found : actions.findOwned(city, naming, PageRequest.of(0, 1000)).getContent()) {
            boolean[] flipped = new boolean[1];
            retrying(() -> actions.findForSystem(found.id()).ifPresent(action -> {
                flipped[0] = active ? action.clearInactivePartner(organisationId)
                        : action.flagInactivePartner(organisationId);
                if (flipped[0]) {
                    actions.save(action);
                }
            }));
            changed += flipped[0] ? 1 : 0;
        }
        return changed;
    }

    private Action change(Caller caller, String actionId, Consumer<Action> change) {
        return ConcurrentSaves.retried("action", () -> {
            Action action = getForChange(caller, actionId);
            change.accept(action);
            return save(action);
        });
    }

    private static void retrying(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                log.debug("Concurrent save, trying again ({})", attempt);
            }
        }
    }

    private Action save(Action action) {
        action.applyComputedStatus(statusRule.compute(action, today()), clock.instant());
        return actions.save(action);
    }

    /** A day that has not come yet cannot have happened: completed, or written about. */
    private void requireNotFuture(String property, LocalDate day) {
        if (day != null && day.isAfter(today())) {
            throw new InvalidValueException(property, "is in the future (" + day + ")");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param alreadyNamed organisations the action named before: they may stay although deactivated
     *                     since (the action is flagged; an officer editing its title need not drop them)
     */
    private ActionDetails check(Caller caller, Programme programme, ActionDetails details,
            List<String> alreadyNamed) {
        Period runs = programme.content().period();
        if (details.period() != null && (details.period().start().isBefore(runs.start())
                || details.period().end().isAfter(runs.end()))) {
            throw new InvalidValueException("period", "must lie within the programme's period (" + runs.start()
                    + " to " + runs.end() + ")");
        }
        if (details.goal() != null && programme.content().goal(details.goal()).isEmpty()) {
            throw new InvalidValueException("goal", "is not a goal of programme " + programme.id()
                    + " (it has " + programme.content().goals().stream().map(goal -> goal.number()).toList() + ")");
        }
        LineOfWork line = null;
        if (details.lineOfWork() != null) {
            int number = details.lineOfWork().number();
            String title = pactLines.title(programme.municipality(), number).orElseThrow(() -> new InvalidValueException(
                    "lineOfWork", "is not a line of work of " + programme.municipality() + "'s published pact: " + number));
            line = new LineOfWork(number, title);
        }
        if (details.owner() != null && details.owner().organisationId() != null
                && !alreadyNamed.contains(details.owner().organisationId())) {
            partners.requireActive(caller, "owner.organisationId", List.of(details.owner().organisationId()));
        }
        partners.requireActive(caller, "partners",
                details.partners().stream().filter(id -> !alreadyNamed.contains(id)).toList());
        Owner owner = details.owner();
        if (owner != null && owner.organisationId() != null && owner.name() == null) {
            owner = new Owner(owner.organisationId(), partners.name(owner.organisationId()).orElse(null));
        }
        return new ActionDetails(details.title(), details.description(), details.goal(), line, owner,
                details.partners(), details.targetGroups(), details.period(), details.resources());
    }

    private static Criteria criteria(ActionFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.programme() != null) {
            criteria.add(Criteria.where("programmeId").is(filter.programme()));
        }
        if (filter.goal() != null) {
            criteria.add(Criteria.where("details.goal").is(filter.goal()));
        }
        if (filter.lateOnly()) {
            criteria.add(Criteria.where("status").is(ActionStatus.LATE.name()));
        } else if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.lineOfWork() != null) {
            criteria.add(Criteria.where("details.lineOfWork.number").is(filter.lineOfWork()));
        }
        if (filter.owner() != null) {
            criteria.add(Criteria.where("details.owner.organisationId").is(filter.owner()));
        }
        if (filter.partner() != null) {
            criteria.add(Criteria.where("details.partners").is(filter.partner()));
        }
        if (filter.targetGroup() != null) {
            criteria.add(Criteria.where("details.targetGroups").is(filter.targetGroup()));
        }
        if (filter.inactivePartnersOnly()) {
            criteria.add(Criteria.where("flagged").is(true));
        }
        return criteria.isEmpty() ? null : new Criteria().andOperator(criteria);
    }
}
