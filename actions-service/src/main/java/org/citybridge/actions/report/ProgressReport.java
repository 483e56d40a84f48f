package org.citybridge.actions.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.citybridge.actions.programme.ProgressWeighting;
import org.citybridge.actions.progress.ActionProgress;
import org.citybridge.actions.progress.Rollup;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A programme's progress report for one period of the P&C cycle ("monitoring via reguliere PC-cyclus",
 * seed 000). A draft holds a snapshot of every action — status, milestones, indicator values, budget and
 * FTE — that can be taken again and commented on per action; finalising freezes it for ever (409 after),
 * whatever the actions do later. Unlike Kausal Watch's report snapshots, the indicator values are frozen
 * too, not only the action texts.
 * <p>
 * Its id is the programme's id and the period's label, so a programme has one report per period by
 * construction: a second draft of the same period is a conflict, not a duplicate.
 */
@Document("reports")
public class ProgressReport extends TenantAggregate {

    /** Domain event; messaging/ReportEvents publishes it. */
    public record Finalised(ProgressReport report) {
    }

    @Id
    private String id;
    @Indexed
    private String programmeId;
    private String programmeTitle;
    private ReportPeriod period;
    private ReportState state;
    /** The programme's roll-up weighting when taken: the completion of the report, or of its share, follows it. */
    private ProgressWeighting weighting;
    private List<ActionSnapshot> actions = new ArrayList<>();
    private Instant takenAt;
    private Instant finalisedAt;
    private String finalisedBy;
    @Transient
    private Long copiedVersion;

    protected ProgressReport() {
    }

    private ProgressReport(String municipality, Visibility visibility, String programmeId, String programmeTitle,
            ReportPeriod period) {
        super(municipality, visibility);
        this.id = idOf(programmeId, period);
        this.programmeId = programmeId;
        this.programmeTitle = programmeTitle;
        this.period = period;
        this.state = ReportState.DRAFT;
    }

    public static String idOf(String programmeId, ReportPeriod period) {
        return programmeId + "-" + period.label();
    }

    public static ProgressReport draft(String municipality, Visibility visibility, String programmeId,
            String programmeTitle, ReportPeriod period, ProgressWeighting weighting, List<ActionSnapshot> snapshot,
            Instant now) {
        ProgressReport report = new ProgressReport(municipality, visibility, programmeId, programmeTitle, period);
        report.take(weighting, snapshot, now);
        return report;
    }

    /** Takes the snapshot again; the commentary written so far stays with its action. */
    public void retake(ProgressWeighting newWeighting, List<ActionSnapshot> snapshot, Instant now) {
        requireDraft("taken again");
        take(newWeighting, snapshot.stream().map(action -> action.withCommentary(commentaryOf(action.actionId())))
                .toList(), now);
    }

    public void comment(String actionId, String text) {
        requireDraft("commented on");
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).actionId().equals(actionId)) {
                actions.set(i, actions.get(i).withCommentary(text == null || text.isBlank() ? null : text.strip()));
                return;
            }
        }
        throw NotFoundException.of("Action in this report", actionId);
    }

    public void finalise(String by, Instant now) {
        requireDraft("finalised again");
        state = ReportState.FINAL;
        finalisedAt = now;
        finalisedBy = by;
        record(new Finalised(this));
    }

    /**
     * The report as another city may read it: the actions and indicators shared when it was taken, and
     * the completion rolled up from those alone (the whole figure would hint at what is kept private).
     * A copy for reading, never saved.
     */
    public ProgressReport sharedPart() {
        ProgressReport copy = new ProgressReport(municipality(), visibility(), programmeId, programmeTitle, period);
        copy.state = state;
        copy.weighting = weighting;
        copy.actions = new ArrayList<>(actions.stream().filter(ActionSnapshot::sharedOutsideItsCity).map(ActionSnapshot::shared)
                .toList());
        copy.takenAt = takenAt;
        copy.finalisedAt = finalisedAt;
        copy.finalisedBy = finalisedBy;
        copy.copiedVersion = version();
        return copy;
    }

    /** The version of the report a {@link #sharedPart()} was copied from: its entity tag. */
    public Long readVersion() {
        return copiedVersion != null ? copiedVersion : version();
    }

    private void take(ProgressWeighting newWeighting, List<ActionSnapshot> snapshot, Instant now) {
        weighting = newWeighting;
        actions = new ArrayList<>(snapshot);
        takenAt = Objects.requireNonNull(now);
    }

    private String commentaryOf(String actionId) {
        return actions.stream().filter(action -> action.actionId().equals(actionId)).map(ActionSnapshot::commentary)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private void requireDraft(String what) {
        if (state == ReportState.FINAL) {
            throw new ConflictException("Report " + id + " is final; it cannot be " + what + ".");
        }
    }

    @Override
    public String id() {
        return id;
    }

    public String programmeId() {
        return programmeId;
    }

    public String programmeTitle() {
        return programmeTitle;
    }

    public ReportPeriod period() {
        return period;
    }

    public ReportState state() {
        return state;
    }

    /** Rolled up from the frozen actions, so that it always agrees with them (and with a shared part's). */
    public double completion() {
        return Rollup.completion(actions.stream().map(action -> new ActionProgress(action.actionId(), action.title(),
                action.goal(), action.status(), action.completion(), action.resources().budgetPlanned())).toList(),
                weighting);
    }

    public List<ActionSnapshot> actions() {
        return Collections.unmodifiableList(actions);
    }

    public Instant takenAt() {
        return takenAt;
    }

    public Instant finalisedAt() {
        return finalisedAt;
    }

    public String finalisedBy() {
        return finalisedBy;
    }
}
