package org.citybridge.knowledge.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citybridge.knowledge.handbook.FrozenChapter.Section;
import org.citybridge.knowledge.handbook.PracticeTexts.PracticeText;
import org.citybridge.knowledge.study.Study;
import org.citybridge.knowledge.study.StudyContent;
import org.citybridge.knowledge.study.StudyService;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A planned chapter turned into the texts it prints, and whether every reader of a handbook may read it. */
class ChapterTextsTest {

    static final Caller ANNA = new Caller("anna", "almelo", Set.of(Role.OFFICER));
    static final Chapter PRACTICE = new Chapter(ChapterSource.PRACTICE, "p-1", "Waarom dit werkt");
    static final Chapter STUDY = new Chapter(ChapterSource.STUDY, "s-1", null);

    private final FakePracticeTexts practices = new FakePracticeTexts();
    private final StudyService studies = mock(StudyService.class);
    private final ChapterTexts texts = new ChapterTexts(practices, studies);

    @Test
    void aPracticeChapterPrintsItsNonEmptyTextsUnderHeadings() {
        practices.text = new PracticeText("p-1", "Weekendschool", " Op zaterdag ", null, "  ", "Met vrijwilligers",
                "100 jongeren", "antwerpen", "nl");

        FrozenChapter chapter = texts.resolve(ANNA, PRACTICE, 3).orElseThrow().chapter();

        assertThat(chapter.number()).isEqualTo(3);
        assertThat(chapter.source()).isEqualTo(ChapterSource.PRACTICE);
        assertThat(chapter.refId()).isEqualTo("p-1");
        assertThat(chapter.title()).isEqualTo("Weekendschool");
        assertThat(chapter.introduction()).isEqualTo("Waarom dit werkt");
        assertThat(chapter.byline()).isEqualTo("Practice of Antwerpen");
        assertThat(chapter.language()).isEqualTo("nl");
        assertThat(chapter.sections()).containsExactly(new Section("Summary", "Op zaterdag", List.of()),
                new Section("Approach", "Met vrijwilligers", List.of()), new Section("Results", "100 jongeren",
                        List.of()));
    }

    @Test
    void aPracticesTranslationsAreCopiedInWithItsTexts() {
        practices.text = new PracticeText("p-1", "Weekendschool", "Op zaterdag", null, null, null, null, "antwerpen",
                "nl", Map.of("de", new FrozenChapter.Translation("Wochenendschule", "Am Samstag")));

        FrozenChapter chapter = texts.resolve(ANNA, PRACTICE, 1).orElseThrow().chapter();

        assertThat(chapter.translations()).containsExactly(
                Map.entry("de", new FrozenChapter.Translation("Wochenendschule", "Am Samstag")));
    }

    @Test
    void aPracticeOfNoKnownCityIsSaidToBeSo() {
        practices.text = new PracticeText("p-1", "t", "s", "Doel", "Reden", null, null, "", "nl");
        FrozenChapter chapter = texts.resolve(ANNA, PRACTICE, 1).orElseThrow().chapter();

        assertThat(chapter.byline()).isEqualTo("Practice of unknown city");
        assertThat(chapter.sections()).extracting(Section::heading).containsExactly("Summary", "Purpose",
                "Rationale");

        practices.text = new PracticeText("p-1", "t", null, null, null, null, null, null, "nl");
        assertThat(texts.resolve(ANNA, PRACTICE, 1).orElseThrow().chapter().byline())
                .isEqualTo("Practice of unknown city");
    }

    @Test
    void aPracticeTheCallerMayNotReadResolvesToNothing() {
        practices.text = null;
        assertThat(texts.resolve(ANNA, PRACTICE, 1)).isEmpty();
    }

    @Test
    void aStudyChapterPrintsItsFindingsAndSaysWhoDidItForWhomAndWhen() {
        when(studies.find(ANNA, "s-1")).thenReturn(Optional.of(study(new StudyContent("Mentaliteitsverandering",
                "KleurRijk Almelo", "Universiteit Twente", "het projectteam", LocalDate.of(2008, 1, 1),
                LocalDate.of(2009, 12, 31), "Interne analyse", List.of("Meer ontmoeting", "Minder wij-zij"), "nl",
                "https://example.org/rapport.pdf", null))));

        FrozenChapter chapter = texts.resolve(ANNA, STUDY, 2).orElseThrow().chapter();

        assertThat(chapter.number()).isEqualTo(2);
        assertThat(chapter.source()).isEqualTo(ChapterSource.STUDY);
        assertThat(chapter.title()).isEqualTo("Mentaliteitsverandering");
        assertThat(chapter.language()).isEqualTo("nl");
        assertThat(chapter.byline()).isEqualTo("Study by Universiteit Twente, commissioned by KleurRijk Almelo, for "
                + "het projectteam (2008-01-01 to 2009-12-31)");
        assertThat(chapter.sections()).containsExactly(new Section("Summary", "Interne analyse", List.of()),
                new Section("Findings", null, List.of("Meer ontmoeting", "Minder wij-zij")),
                new Section("Document", "https://example.org/rapport.pdf", List.of()));
    }

    @Test
    void aBareStudyNamesOnlyWhoDidItAndLinksItsUploadedReport() {
        Study study = study(new StudyContent("Extern", null, "Variya", null, LocalDate.of(2010, 3, 1), null, null,
                null, "nl", null, null));
        study.replaceDocument("file-1", Instant.EPOCH);
        when(studies.find(ANNA, "s-1")).thenReturn(Optional.of(study));

        FrozenChapter chapter = texts.resolve(ANNA, STUDY, 1).orElseThrow().chapter();

        assertThat(chapter.byline()).isEqualTo("Study by Variya (2010-03-01)");
        assertThat(chapter.sections()).containsExactly(new Section("Document", "/api/studies/s-1/document",
                List.of()));
    }

    @Test
    void aStudyWithoutReportOrPeriodPrintsNeither() {
        when(studies.find(ANNA, "s-1")).thenReturn(Optional.of(study(new StudyContent("Extern", null, "Variya", null,
                null, null, null, null, "nl", null, null))));

        FrozenChapter chapter = texts.resolve(ANNA, STUDY, 1).orElseThrow().chapter();

        assertThat(chapter.byline()).isEqualTo("Study by Variya");
        assertThat(chapter.sections()).isEmpty();
    }

    @Test
    void aPrivateHandbooksChaptersNeedNoCheck() {
        practices.text = null;
        assertThat(texts.readableByEveryReaderOf(Visibility.PRIVATE, PRACTICE)).isTrue();
    }

    @Test
    void aNetworkHandbookAsksAsAMemberOfNoCity() {
        practices.text = new PracticeText("p-1", "t", null, null, null, null, null, "antwerpen", "nl");

        assertThat(texts.readableByEveryReaderOf(Visibility.NETWORK, PRACTICE)).isTrue();
        assertThat(practices.askedBy.municipality()).isNull();
        assertThat(practices.askedBy.isAnonymous()).isFalse();

        practices.text = null;
        assertThat(texts.readableByEveryReaderOf(Visibility.NETWORK, PRACTICE)).isFalse();
    }

    @Test
    void aPublicHandbookAsksAsAnAnonymousVisitor() {
        when(studies.find(any(), eq("s-1"))).thenReturn(Optional.empty());
        when(studies.find(Caller.anonymous(), "s-1")).thenReturn(Optional.of(study(new StudyContent("t", null, "x",
                null, null, null, null, null, "nl", null, null))));

        assertThat(texts.readableByEveryReaderOf(Visibility.PUBLIC, STUDY)).isTrue();
        assertThat(texts.readableByEveryReaderOf(Visibility.NETWORK, STUDY)).isFalse();
    }

    private static Study study(StudyContent content) {
        return Study.record("s-1", "almelo", content, Visibility.NETWORK, Instant.EPOCH);
    }

    /** The practices as the handbook sees them: one text, or none, and who asked. */
    private static final class FakePracticeTexts implements PracticeTexts {

        PracticeText text;
        Caller askedBy;

        @Override
        public Optional<PracticeText> find(Caller caller, String practiceId) {
            askedBy = caller;
            return text != null && text.id().equals(practiceId) ? Optional.of(text) : Optional.empty();
        }
    }
}
