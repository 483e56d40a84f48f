package org.citybridge.actions.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.actions.action.Action;
import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.programme.Period;
import org.citybridge.actions.programme.Programme;
import org.citybridge.actions.programme.ProgrammeService;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** The P&C cycle's reports: drafted from the programme's actions as they stand, commented, finalised, compared. */
@Service
public class ReportService {

    private final TenantStore<ProgressReport> reports;
    private final ProgrammeService programmes;
    private final ActionService actions;
    private final Snapshots snapshots;
    private final Clock clock = Clock.systemUTC();

    ReportService(AggregateStores stores, ProgrammeService programmes, ActionService actions, Snapshots snapshots) {
        this.reports = stores.tenantOwned(ProgressReport.class);
        this.programmes = programmes;
        this.actions = actions;
        this.snapshots = snapshots;
    }

    /** A draft of the programme's report for the period; a second one of the same period is a 409. */
    public ProgressReport draft(Caller caller, String programmeId, String periodLabel) {
        Programme programme = programmes.getForChange(caller, programmeId);
        ReportPeriod period = ReportPeriod.parse(periodLabel);
        if (period.start().isAfter(today())) {
            throw new InvalidValueException("period", "has not begun yet: " + period.label());
        }
        Period runs = programme.content().period();
        if (period.end().isBefore(runs.start()) || period.start().isAfter(runs.end())) {
            throw new InvalidValueException("period", period.label() + " lies outside the programme's period ("
                    + runs.start() + " to " + runs.end() + ")");
        }
        List<ActionSnapshot> snapshot = snapshot(caller, programme, period);
        return reports.save(ProgressReport.draft(programme.municipality(), programme.visibility(), programme.id(),
                programme.title(), period, programme.content().weighting(), snapshot, clock.instant()));
    }

    /**
     * The report as the caller may read it: whole for its own city; for another city only the actions
     * and indicators that were shared when it was taken (a NETWORK programme may have PRIVATE actions).
     */
    public ProgressReport get(Caller caller, String reportId) {
        ProgressReport report = find(caller, reportId);
        return caller.belongsTo(report.municipality()) ? report : report.sharedPart();
    }

    /**
     * Another city reads a report only while it may read the programme too: a programme narrowed to
     * PRIVATE after a report was taken takes its reports with it.
     */
    private ProgressReport find(Caller caller, String reportId) {
        ProgressReport report = reports.findVisible(caller, reportId)
                .orElseThrow(() -> NotFoundException.of("Report", reportId));
        if (!caller.belongsTo(report.municipality())) {
            try {
                programmes.get(caller, report.programmeId());
            } catch (NotFoundException hidden) {
                throw NotFoundException.of("Report", reportId);
            }
        }
        return report;
    }

    public ProgressReport getForChange(Caller caller, String reportId) {
        ProgressReport report = find(caller, reportId);
        if (!caller.belongsTo(report.municipality())) {
            throw new NotAllowedException("Only an officer of " + report.municipality() + " may change this report.");
        }
        return report;
    }

    public Page<ProgressReport> list(Caller caller, String programmeId, Pageable pageable) {
        Programme programme = programmes.get(caller, programmeId);
        return reports.findVisible(caller, Criteria.where("programmeId").is(programme.id()), pageable)
                .map(report -> caller.belongsTo(report.municipality()) ? report : report.sharedPart());
    }

    public ProgressReport retake(Caller caller, ProgressReport report) {
        Programme programme = programmes.getForChange(caller, report.programmeId());
        List<ActionSnapshot> snapshot = snapshot(caller, programme, report.period());
        report.retake(programme.content().weighting(), snapshot, clock.instant());
        return reports.save(report);
    }

    public ProgressReport comment(ProgressReport report, String actionId, String text) {
        report.comment(actionId, text);
        return reports.save(report);
    }

    public ProgressReport finalise(Caller caller, ProgressReport report) {
        report.finalise(caller.subject(), clock.instant());
        return reports.save(report);
    }

    /** Period against period; both must be reports of one programme that the caller may read. */
    public ReportComparison compare(Caller caller, String reportId, String otherReportId) {
        ProgressReport one = get(caller, reportId);
        ProgressReport other = get(caller, otherReportId);
        if (!one.programmeId().equals(other.programmeId())) {
            throw new InvalidValueException("with", "is a report of another programme");
        }
        boolean oneFirst = !one.period().start().isAfter(other.period().start());
        ProgressReport earlier = oneFirst ? one : other;
        ProgressReport later = oneFirst ? other : one;
        Map<String, ActionSnapshot> before = new LinkedHashMap<>();
        earlier.actions().forEach(action -> before.put(action.actionId(), action));
        Map<String, ActionSnapshot> after = new LinkedHashMap<>();
        later.actions().forEach(action -> after.put(action.actionId(), action));
        List<String> ids = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(ids::add);
        List<ReportComparison.ActionRow> rows = ids.stream().map(id -> row(before.get(id), after.get(id))).toList();
        return new ReportComparison(one.programmeId(), earlier.period().label(), later.period().label(),
                earlier.completion(), later.completion(), rows);
    }

    private static ReportComparison.ActionRow row(ActionSnapshot earlier, ActionSnapshot later) {
        ActionSnapshot any = earlier != null ? earlier : later;
        Map<String, ReportComparison.IndicatorRow> indicators = new LinkedHashMap<>();
        for (ActionSnapshot side : new ActionSnapshot[] {earlier, later}) {
            if (side == null) {
                continue;
            }
            for (IndicatorSnapshot indicator : side.indicators()) {
                indicators.putIfAbsent(indicator.indicatorId(), new ReportComparison.IndicatorRow(
                        indicator.indicatorId(), indicator.name(), indicator.unit(),
                        valueIn(earlier, indicator.indicatorId()), valueIn(later, indicator.indicatorId())));
            }
        }
        return new ReportComparison.ActionRow(any.actionId(), any.title(),
                earlier == null ? null : earlier.status(), later == null ? null : later.status(),
                earlier == null ? null : earlier.completion(), later == null ? null : later.completion(),
                List.copyOf(indicators.values()));
    }

    private static BigDecimal valueIn(ActionSnapshot side, String indicatorId) {
        return Optional.ofNullable(side).flatMap(action -> action.indicators().stream()
                .filter(indicator -> indicator.indicatorId().equals(indicatorId)).findFirst())
                .map(IndicatorSnapshot::latestValue).orElse(null);
    }

    private List<ActionSnapshot> snapshot(Caller caller, Programme programme, ReportPeriod period) {
        LocalDate asOf = period.end().isBefore(today()) ? period.end() : today();
        // An action that ran wholly before or after the period has nothing to report in it.
        List<Action> all = actions.allOf(caller, programme.id()).stream().filter(action -> action.details().period() == null
                || !action.details().period().end().isBefore(period.start())
                        && !action.details().period().start().isAfter(period.end())).toList();
        return all.stream().map(action -> snapshots.of(action, period, asOf)).toList();
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
