package org.citybridge.knowledge.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A study's period, its revisions and its uploaded report. */
class StudyTest {

    static final Instant DAY_1 = Instant.parse("2010-06-01T08:00:00Z");
    static final Instant DAY_2 = Instant.parse("2010-07-01T08:00:00Z");

    @Test
    void aStudyIsRecordedForItsCity() {
        Study study = Study.record("s-1", "almelo", content(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31), null),
                Visibility.NETWORK, DAY_1);

        assertThat(study.id()).isEqualTo("s-1");
        assertThat(study.municipality()).isEqualTo("almelo");
        assertThat(study.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(study.content().conductedBy()).isEqualTo("Universiteit Twente");
        assertThat(study.recordedAt()).isEqualTo(DAY_1);
        assertThat(study.changedAt()).isEqualTo(DAY_1);
    }

    @Test
    void withoutAnIdTheStudyGetsOne() {
        assertThat(Study.record(null, "almelo", content(null, null, null), Visibility.PRIVATE, DAY_1).id())
                .isNotBlank();
    }

    @Test
    void aPeriodMayNotEndBeforeItStartsButMayBeOneDayOrOpen() {
        LocalDate day = LocalDate.of(2009, 5, 1);
        assertThatThrownBy(() -> Study.record(null, "almelo", content(day, day.minusDays(1), null), Visibility.PRIVATE,
                DAY_1)).isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.property()).isEqualTo("periodEnd"));

        assertThat(Study.record(null, "almelo", content(day, day, null), Visibility.PRIVATE, DAY_1)).isNotNull();
        assertThat(Study.record(null, "almelo", content(day, null, null), Visibility.PRIVATE, DAY_1).content()
                .periodEnd()).isNull();
        assertThat(Study.record(null, "almelo", content(null, day, null), Visibility.PRIVATE, DAY_1).content()
                .periodStart()).isNull();
    }

    @Test
    void revisingKeepsTheUploadedReportAndChecksThePeriodAgain() {
        Study study = Study.record("s-1", "almelo", content(null, null, null), Visibility.PRIVATE, DAY_1);
        study.replaceDocument("file-1", DAY_1);

        study.revise(content(null, null, "file-from-the-body"), Visibility.PUBLIC, DAY_2);

        assertThat(study.content().documentAttachmentId()).isEqualTo("file-1");
        assertThat(study.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(study.changedAt()).isEqualTo(DAY_2);
        assertThat(study.recordedAt()).isEqualTo(DAY_1);
        LocalDate day = LocalDate.of(2009, 5, 1);
        assertThatThrownBy(() -> study.revise(content(day, day.minusDays(1), null), Visibility.PUBLIC, DAY_2))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> study.revise(content(null, null, null), null, DAY_2))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUploadReplacesTheReportAndAnswersTheOneBefore() {
        Study study = Study.record("s-1", "almelo", content(null, null, null), Visibility.PRIVATE, DAY_1);

        assertThat(study.replaceDocument("file-1", DAY_1)).isNull();
        assertThat(study.replaceDocument("file-2", DAY_2)).isEqualTo("file-1");
        assertThat(study.content().documentAttachmentId()).isEqualTo("file-2");
        assertThat(study.content().title()).isEqualTo("Mentaliteitsverandering");
        assertThat(study.changedAt()).isEqualTo(DAY_2);
    }

    @Test
    void aStudyHasATitleAndNoFindingsUnlessSaid() {
        assertThatThrownBy(() -> new StudyContent(null, null, "x", null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new StudyContent("t", null, "x", null, null, null, null, null, null, null, null).findings())
                .isEmpty();
    }

    private static StudyContent content(LocalDate start, LocalDate end, String attachment) {
        return new StudyContent("Mentaliteitsverandering", "KleurRijk Almelo", "Universiteit Twente", "projectteam",
                start, end, "Interne analyse", List.of("Meer ontmoeting"), "nl", null, attachment);
    }
}
