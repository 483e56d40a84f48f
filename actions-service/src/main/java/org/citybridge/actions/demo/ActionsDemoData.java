package org.citybridge.actions.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionDetails;
import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.action.LineOfWork;
import org.citybridge.actions.action.Owner;
import org.citybridge.actions.action.Resources;
import org.citybridge.actions.action.StatusRule;
import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.Direction;
import org.citybridge.actions.indicator.Indicator;
import org.citybridge.actions.indicator.IndicatorDefinition;
import org.citybridge.actions.indicator.MeasurementValues;
import org.citybridge.actions.indicator.UpdateInterval;
import org.citybridge.actions.milestone.Milestone;
import org.citybridge.actions.milestone.MilestoneState;
import org.citybridge.actions.programme.Goal;
import org.citybridge.actions.programme.Period;
import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgrammeContent;
import org.citybridge.actions.programme.ProgressWeighting;
import org.citybridge.actions.report.ProgressReport;
import org.citybridge.actions.report.ReportPeriod;
import org.citybridge.actions.report.ReportService;
import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads the demo programmes and actions written from the seed documents ({@code demo/programmes.json},
 * {@code demo/actions.json}: Antwerp's diversity policy 2011-2012 with its 19 spearhead actions and its
 * social-cohesion policy, KleurRijk Almelo) when {@code citybridge.demo.enabled} is set, as
 * {@code ./citybridge up} does. Ids are fixed, so a second start finds them and adds nothing (nor changes
 * them: an officer may have edited them). Each is saved whole with its milestones through its aggregate,
 * so its events go out like any other's.
 *
 * <p>The steps run in the order their references need: programmes, the actions naming them, the
 * indicators of those actions with the figures the seeds give as measurements ({@code demo/indicators.json};
 * the actions' status is computed again after), and KleurRijk Almelo's first progress report, finalised
 * with the interim report's words (seed 000: "Tussenrapportage KleurRijk Almelo, februari 2010").
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
@Order(1)
class ActionsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActionsDemoData.class);
    private static final String BY = "demo-data";

    /**
     * A planned step, in the state the demo tells (see each entry's {@code fictitious}).
     *
     * @param completedOn the day it was completed, when {@code state} is COMPLETED
     */
    record DemoMilestone(String title, LocalDate due, MilestoneState state, LocalDate completedOn) {
    }

    /**
     * One programme of {@code demo/programmes.json}.
     *
     * @param fictitious which fields are invented rather than taken from the seeds
     * @param source     where the seeds say it, in their own words
     * @param note       what was chosen from the seeds, and why
     */
    record DemoProgramme(String id, String municipality, String title, String summary, Period period,
            List<Goal> goals, List<String> successFactors, ProgressWeighting weighting, Visibility visibility,
            List<DemoMilestone> milestones, List<String> fictitious, String source, String note) {

        ProgrammeContent content() {
            return new ProgrammeContent(title, summary, period, goals, successFactors, weighting);
        }
    }

    /**
     * One action of {@code demo/actions.json}.
     *
     * @param goal       the number of its programme's goal or ambition
     * @param lineOfWork a line of the city's pact (organisations-service's {@code demo/pacts.json}), or null
     * @param fictitious which fields are invented or inferred rather than said by the seeds
     * @param source     where the seeds say it, in their own words
     */
    record DemoAction(String id, String municipality, String programmeId, String title, String description,
            Integer goal, LineOfWork lineOfWork, Owner owner, List<String> partners, List<String> targetGroups,
            Period period, Resources resources, Visibility visibility, List<DemoMilestone> milestones,
            List<String> fictitious, String source) {

        ActionDetails details() {
            return new ActionDetails(title, description, goal, lineOfWork, owner, partners, targetGroups, period,
                    resources);
        }
    }

    record DemoValue(LocalDate date, BigDecimal value) {

        DatedValue dated() {
            return new DatedValue(date, value);
        }
    }

    record DemoMeasurement(LocalDate date, BigDecimal value, String source) {
    }

    /**
     * One indicator of {@code demo/indicators.json}, with the seed's figures as its measurements.
     *
     * @param fictitious which fields are invented rather than taken from the seeds
     */
    record DemoIndicator(String id, String municipality, String actionId, String programmeId, String name, String unit,
            DemoValue baseline, List<DemoValue> targets, Direction direction, UpdateInterval updateInterval,
            String sharedCode, List<DemoMeasurement> measurements, List<String> fictitious, String source) {

        IndicatorDefinition definition() {
            return new IndicatorDefinition(name, unit, baseline.dated(),
                    targets.stream().map(DemoValue::dated).toList(), direction, updateInterval, sharedCode);
        }
    }

    /** KleurRijk Almelo's first report: the quarter of the interim report of February 2010 (seed 000). */
    static final String FIRST_REPORT_PROGRAMME = "demo-programme-almelo-kleurrijk";
    static final String FIRST_REPORT_PERIOD = "2010-Q1";
    static final Map<String, String> FIRST_REPORT_COMMENTARY = Map.of(
            "demo-action-almelo-praatstuk", "Tussenrapportage februari 2010: alle afdelingen leveren input voor het "
                    + "praatstuk 'Hoe maken we Almelo kleurRijk?'.",
            "demo-action-almelo-visie-atib", "Tussenrapportage februari 2010: de zelforganisaties brengen hun visie in "
                    + "via Atib.",
            "demo-action-almelo-bruggroepen", "Tussenrapportage februari 2010: bruggroepen Münster - Almelo gepland, "
                    + "twee congressen in voorbereiding.");

    /** What one step found: how many it added, how many a previous start had added already. */
    record Tally(String what, int added, int alreadyThere) {

        @Override
        public String toString() {
            return what + ": " + added + " added, " + alreadyThere + " already there";
        }
    }

    private final TenantStore<Programme> programmes;
    private final TenantStore<Action> actions;
    private final TenantStore<Indicator> indicators;
    private final TenantStore<ProgressReport> reports;
    private final StatusRule statusRule;
    private final ActionService actionService;
    private final ReportService reportService;
    private final Clock clock;

    ActionsDemoData(AggregateStores stores, StatusRule statusRule, ActionService actionService,
            ReportService reportService) {
        this.programmes = stores.tenantOwned(Programme.class);
        this.actions = stores.tenantOwned(Action.class);
        this.indicators = stores.tenantOwned(Indicator.class);
        this.reports = stores.tenantOwned(ProgressReport.class);
        this.statusRule = statusRule;
        this.actionService = actionService;
        this.reportService = reportService;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Demo data: {}", load().stream().map(Tally::toString).collect(Collectors.joining("; ")));
    }

    /** Every step once: programmes before the actions that name them. */
    List<Tally> load() {
        List<Tally> tallies = new ArrayList<>();
        tallies.add(insertMissing("programmes", readProgrammes(), DemoProgramme::id, programmes, this::programme));
        // Straight to the aggregate and its store rather than through ActionService: the service checks
        // owners and partners against the read model of organisations-service's events, which at the
        // first start may not have arrived yet, and the demo must not depend on that race. The unit test
        // checks instead that every organisation named exists in organisations-service's demo data.
        tallies.add(insertMissing("actions", readActions(), DemoAction::id, actions, this::action));
        List<DemoIndicator> demoIndicators = readIndicators();
        Tally indicatorsAdded = insertMissing("indicators", demoIndicators, DemoIndicator::id, indicators,
                this::indicator);
        tallies.add(indicatorsAdded);
        // Their values move their actions' status (the coaches are behind their line: that action is LATE).
        // Only when they were just added: on a later start nothing changed, and the sweep keeps statuses current.
        if (indicatorsAdded.added() > 0) {
            demoIndicators.stream().map(DemoIndicator::actionId).distinct().forEach(actionService::refreshStatus);
        }
        tallies.add(firstReport());
        return tallies;
    }

    private Indicator indicator(DemoIndicator demo) {
        Visibility visibility = actions.findForSystem(demo.actionId()).map(Action::visibility)
                .orElseThrow(() -> new IllegalStateException("Demo indicator " + demo.id() + " names no action"));
        Indicator indicator = Indicator.define(demo.id(), demo.municipality(), demo.actionId(), demo.programmeId(),
                demo.definition(), visibility, clock.instant());
        for (DemoMeasurement measurement : demo.measurements()) {
            indicator.recordMeasurement(new MeasurementValues(measurement.date(), measurement.value(),
                    measurement.source(), null), BY, clock.instant(), LocalDate.now(clock));
        }
        return indicator;
    }

    /**
     * Drafted, commented and finalised through the report service, as an officer of Almelo would; its
     * fixed id (programme and period) makes a second start find it.
     */
    private Tally firstReport() {
        String id = ProgressReport.idOf(FIRST_REPORT_PROGRAMME, ReportPeriod.parse(FIRST_REPORT_PERIOD));
        if (reports.findForSystem(id).isPresent()) {
            return new Tally("reports", 0, 1);
        }
        Caller officer = new Caller(BY, "almelo", Set.of(Role.OFFICER));
        try {
            ProgressReport report = reportService.draft(officer, FIRST_REPORT_PROGRAMME, FIRST_REPORT_PERIOD);
            for (Map.Entry<String, String> commentary : FIRST_REPORT_COMMENTARY.entrySet()) {
                report = reportService.comment(report, commentary.getKey(), commentary.getValue());
            }
            reportService.finalise(officer, report);
            return new Tally("reports", 1, 0);
        } catch (DuplicateKeyException raced) {
            return new Tally("reports", 0, 1);
        }
    }

    private Programme programme(DemoProgramme demo) {
        Programme programme = Programme.start(demo.id(), demo.municipality(), demo.content(), demo.visibility());
        for (DemoMilestone planned : demo.milestones()) {
            Milestone milestone = programme.planMilestone(planned.title(), planned.due());
            if (planned.state() != null && planned.state() != MilestoneState.NOT_STARTED) {
                programme.changeMilestone(milestone.id(), planned.state(), planned.completedOn(), BY);
            }
        }
        return programme;
    }

    private Action action(DemoAction demo) {
        Action action = Action.create(demo.id(), demo.municipality(), demo.programmeId(), demo.details(),
                demo.visibility());
        for (DemoMilestone planned : demo.milestones()) {
            Milestone milestone = action.planMilestone(planned.title(), planned.due());
            if (planned.state() != null && planned.state() != MilestoneState.NOT_STARTED) {
                action.changeMilestone(milestone.id(), planned.state(), planned.completedOn(), BY);
            }
        }
        // As ActionService does on every save, so that a demo action's status agrees with its milestones.
        action.applyComputedStatus(statusRule.compute(action, LocalDate.now(clock)), clock.instant());
        return action;
    }

    /**
     * Builds and saves, whole, each one whose id is not taken yet. Another instance starting at the same
     * moment may take an id between the look and the insert: that one is there too, not an error.
     */
    private static <D, A extends TenantAggregate> Tally insertMissing(String what, List<D> demo,
            Function<D, String> id, TenantStore<A> store, Function<D, A> build) {
        int added = 0;
        for (D seed : demo) {
            if (store.findForSystem(id.apply(seed)).isPresent()) {
                continue;
            }
            try {
                store.save(build.apply(seed));
                added++;
            } catch (DuplicateKeyException raced) {
                log.debug("Demo {} {} was added meanwhile", what, id.apply(seed));
            }
        }
        return new Tally(what, added, demo.size() - added);
    }

    static List<DemoProgramme> readProgrammes() {
        return DemoFiles.read("programmes.json", new TypeReference<List<DemoProgramme>>() { });
    }

    static List<DemoIndicator> readIndicators() {
        return DemoFiles.read("indicators.json", new TypeReference<List<DemoIndicator>>() { });
    }

    static List<DemoAction> readActions() {
        return DemoFiles.read("actions.json", new TypeReference<List<DemoAction>>() { });
    }
}
