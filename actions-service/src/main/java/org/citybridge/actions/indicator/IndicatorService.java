package org.citybridge.actions.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.programme.ProgrammeService;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
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
 * The indicator use cases. An indicator follows its action: only the action's officers define and
 * measure it, and a caller reads it only where it sees the action too; its own visibility can only
 * narrow that (an indicator of a NETWORK action may stay PRIVATE). After every change the action's
 * status is computed again, so that a value behind the line makes it LATE.
 */
@Service
public class IndicatorService {

    private static final Logger log = LoggerFactory.getLogger(IndicatorService.class);

    private final TenantStore<Indicator> indicators;
    private final ActionService actions;
    private final ProgrammeService programmes;
    private final Clock clock;

    IndicatorService(AggregateStores stores, ActionService actions, ProgrammeService programmes) {
        this.indicators = stores.tenantOwned(Indicator.class);
        this.actions = actions;
        this.programmes = programmes;
        this.clock = Clock.systemUTC();
    }

    /** Visible as the action is unless the officer says otherwise. */
    public Indicator define(Caller caller, String actionId, IndicatorDefinition definition, Visibility visibility) {
        Action action = actions.getForChange(caller, actionId);
        Indicator indicator = indicators.save(Indicator.define(action.municipality(), action.id(), action.programmeId(),
                definition, within(action, visibility == null ? action.visibility() : visibility), clock.instant()));
        refreshStatusOf(action.id());
        return indicator;
    }

    /** An indicator is never shared wider than its action: that would say what the action keeps to its city. */
    private static Visibility within(Action action, Visibility visibility) {
        if (visibility.isWiderThan(action.visibility())) {
            throw new InvalidValueException("visibility", "cannot be wider than its action's (" + action.visibility()
                    + ")");
        }
        return visibility;
    }

    public Indicator get(Caller caller, String indicatorId) {
        Indicator indicator = indicators.findVisible(caller, indicatorId)
                .orElseThrow(() -> NotFoundException.of("Indicator", indicatorId));
        try {
            actions.get(caller, indicator.actionId());
        } catch (NotFoundException hidden) {
            throw NotFoundException.of("Indicator", indicatorId);
        }
        return indicator;
    }

    /** The indicator if the caller may change it: 404 when it may not see it (or its action), 403 when it only sees it. */
    public Indicator getForChange(Caller caller, String indicatorId) {
        Indicator indicator = get(caller, indicatorId);
        actions.getForChange(caller, indicator.actionId());
        return indicator;
    }

    /** Writes the indicator as read: a save by someone else since makes the caller's If-Match fail (412). */
    public Indicator redefine(Caller caller, Indicator indicator, IndicatorDefinition definition,
            Visibility visibility) {
        indicator.redefine(definition, visibility == null ? null
                : within(actions.getForChange(caller, indicator.actionId()), visibility));
        Indicator saved = indicators.save(indicator);
        refreshStatusOf(indicator.actionId());
        return saved;
    }

    /** Needs no If-Match: a value is added, nothing overwritten; a concurrent save makes it retry. */
    public MeasuredIndicator recordMeasurement(Caller caller, String indicatorId, MeasurementValues values) {
        return change(caller, indicatorId,
                indicator -> indicator.recordMeasurement(values, caller.subject(), clock.instant(), today()));
    }

    /** Keeps the measurement's earlier version; no If-Match either: the history keeps what was there. */
    public MeasuredIndicator correctMeasurement(Caller caller, String indicatorId, String measurementId,
            MeasurementValues values) {
        return change(caller, indicatorId, indicator -> indicator.correctMeasurement(measurementId, values,
                caller.subject(), clock.instant(), today()));
    }

    /** The action's indicators the caller may see; 404 when it may not see the action. */
    public Page<Indicator> ofAction(Caller caller, String actionId, Pageable pageable) {
        Action action = actions.get(caller, actionId);
        return indicators.findVisible(caller, Criteria.where("actionId").is(action.id()), pageable);
    }

    /** The programme's indicators the caller may see whose value is overdue today, as of today. */
    public Page<Indicator> overdueOf(Caller caller, String programmeId, Pageable pageable) {
        programmes.get(caller, programmeId);
        List<String> visibleActions = actions.allOf(caller, programmeId).stream().map(Action::id).toList();
        Criteria overdue = Criteria.where("programmeId").is(programmeId).and("actionId").in(visibleActions)
                .and("dueOn").lt(today());
        return indicators.findVisible(caller, overdue, pageable);
    }

    /**
     * Announces every indicator whose value is overdue on {@code today}, once per missed period (the
     * indicator remembers the last one). Safe to run on several instances at once: the conditional
     * write lets one announce, the other reloads and finds it done. Returns how many it announced.
     */
    public int announceOverdue(LocalDate today) {
        int announced = 0;
        Pageable page = PageRequest.of(0, 200, Sort.by("_id"));
        while (true) {
            Page<Indicator> batch = indicators.findForSystem(Criteria.where("dueOn").lt(today), page);
            for (Indicator found : batch) {
                try {
                    announced += announce(found.id(), today) ? 1 : 0;
                } catch (RuntimeException e) {
                    // One indicator that cannot be checked must not stop the announcements of every other.
                    log.warn("Overdue check of indicator {} failed: {}", found.id(), e.toString());
                }
            }
            if (!batch.hasNext()) {
                return announced;
            }
            page = batch.nextPageable();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private boolean announce(String indicatorId, LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            Indicator indicator = indicators.findForSystem(indicatorId).orElse(null);
            if (indicator == null || !indicator.announceOverdue(today)) {
                return false;
            }
            try {
                indicators.save(indicator);
                return true;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                log.debug("Indicator {} changed while announcing it overdue, trying again ({})", indicatorId, attempt);
            }
        }
    }

    private void refreshStatusOf(String actionId) {
        try {
            actions.refreshStatus(actionId);
        } catch (OptimisticLockingFailureException e) {
            log.info("Status of action {} not computed again now (it keeps changing); the sweep will", actionId);
        }
    }

    private MeasuredIndicator change(Caller caller, String indicatorId, Function<Indicator, Measurement> change) {
        MeasuredIndicator measured = ConcurrentSaves.retried("indicator", () -> {
            Indicator indicator = getForChange(caller, indicatorId);
            Measurement measurement = change.apply(indicator);
            return new MeasuredIndicator(indicators.save(indicator), measurement);
        });
        // Outside the retry: the value is stored, and recording it again because the action's own save
        // raced would make it twice. A status left behind is put right by the hourly sweep.
        refreshStatusOf(measured.indicator().actionId());
        return measured;
    }
}
