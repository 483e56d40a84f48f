package org.citybridge.actions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.citybridge.actions.action.ActionStatus;
import org.citybridge.actions.action.Resources;
import org.citybridge.actions.programme.ProgressWeighting;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A progress report: a draft the officer comments on and retakes, final once finalised, shared in part. */
class ProgressReportTest {

    private static final Instant TAKEN = Instant.parse("2012-04-02T09:00:00Z");
    private static final ReportPeriod Q1 = ReportPeriod.parse("2012-Q1");

    @Test
    void aDraftIsNamedAfterItsProgrammeAndPeriod() {
        ProgressReport report = draft(snapshot("a1", 0.5, Visibility.NETWORK));

        assertThat(report.id()).isEqualTo("p1-2012-Q1");
        assertThat(ProgressReport.idOf("p1", Q1)).isEqualTo("p1-2012-Q1");
        assertThat(report.programmeId()).isEqualTo("p1");
        assertThat(report.programmeTitle()).isEqualTo("Almelo verbindt");
        assertThat(report.period()).isEqualTo(Q1);
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.takenAt()).isEqualTo(TAKEN);
        assertThat(report.actions()).extracting(ActionSnapshot::actionId).containsExactly("a1");
        assertThat(report.recordedEvents()).isEmpty();
    }

    @Test
    void itsCompletionRollsUpItsActions() {
        ProgressReport report = draft(snapshot("a1", 1.0, Visibility.NETWORK), snapshot("a2", 0.0, Visibility.NETWORK));

        assertThat(report.completion()).isCloseTo(0.5, within(0.001));
    }

    @Test
    void aCommentIsKeptTidyAndSurvivesARetake() {
        ProgressReport report = draft(snapshot("a1", 0.5, Visibility.NETWORK), snapshot("a2", 0.5, Visibility.NETWORK));

        report.comment("a1", "  op schema  ");
        report.comment("a2", " ");
        report.retake(ProgressWeighting.EQUAL, List.of(snapshot("a1", 0.8, Visibility.NETWORK),
                snapshot("a2", 0.9, Visibility.NETWORK)), TAKEN.plusSeconds(60));

        assertThat(report.actions()).extracting(ActionSnapshot::commentary).containsExactly("op schema", null);
        assertThat(report.actions()).extracting(ActionSnapshot::completion).containsExactly(0.8, 0.9);
        assertThat(report.takenAt()).isEqualTo(TAKEN.plusSeconds(60));
        assertThatThrownBy(() -> report.comment("a9", "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFinalReportNeverChanges() {
        ProgressReport report = draft(snapshot("a1", 0.5, Visibility.NETWORK));

        report.finalise("anna", TAKEN.plusSeconds(3600));

        assertThat(report.state()).isEqualTo(ReportState.FINAL);
        assertThat(report.finalisedAt()).isEqualTo(TAKEN.plusSeconds(3600));
        assertThat(report.finalisedBy()).isEqualTo("anna");
        assertThat(report.recordedEvents()).containsExactly(new ProgressReport.Finalised(report));
        assertThatThrownBy(() -> report.comment("a1", "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.retake(ProgressWeighting.EQUAL, List.of(), TAKEN))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.finalise("anna", TAKEN)).isInstanceOf(ConflictException.class);
    }

    @Test
    void otherCitiesSeeOnlyTheSharedActions() {
        ProgressReport report = draft(snapshot("own", 0.5, Visibility.PRIVATE), snapshot("shared", 0.5,
                Visibility.NETWORK));
        report.finalise("anna", TAKEN);

        ProgressReport shared = report.sharedPart();

        assertThat(shared.actions()).extracting(ActionSnapshot::actionId).containsExactly("shared");
        assertThat(shared.id()).isEqualTo(report.id());
        assertThat(shared.state()).isEqualTo(ReportState.FINAL);
        assertThat(shared.takenAt()).isEqualTo(TAKEN);
        assertThat(shared.finalisedBy()).isEqualTo("anna");
        assertThat(shared.finalisedAt()).isEqualTo(TAKEN);
        assertThat(shared.completion()).isCloseTo(0.5, within(0.001));
        assertThat(shared.readVersion()).isEqualTo(report.readVersion());
    }

    @Test
    void aSnapshotThatDoesNotSayIsPrivate() {
        assertThat(snapshot("a1", 0.0, null).sharedOutsideItsCity()).isFalse();
        assertThat(snapshot("a1", 0.0, Visibility.PUBLIC).sharedOutsideItsCity()).isTrue();
    }

    private static ProgressReport draft(ActionSnapshot... actions) {
        return ProgressReport.draft("almelo", Visibility.NETWORK, "p1", "Almelo verbindt", Q1, ProgressWeighting.EQUAL,
                List.of(actions), TAKEN);
    }

    private static ActionSnapshot snapshot(String id, double completion, Visibility visibility) {
        return new ActionSnapshot(id, "Actie " + id, 1, ActionStatus.ON_TIME, completion,
                new Resources(BigDecimal.TEN, null, null, null), List.of(), List.of(), List.of(), null, visibility);
    }
}
