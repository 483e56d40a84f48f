package org.citybridge.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** An accepted question drafted as a practice: its words become the practice's, its themes codes. */
class PracticesFromQuestionsTest {

    static final Caller ANNA = new Caller("anna", "almelo", Set.of(Role.OFFICER));

    private final PracticeService practices = mock(PracticeService.class);
    private final PracticesFromQuestions drafts = new PracticesFromQuestions(practices, new ThemeVocabulary());

    @Test
    void theDraftIsKeyedByTheQuestionAndTakesItsWordsAndThemeCodes() {
        PracticeContent content = draft(new QuestionDraft("q-1", "Gastgezinnen", "Wie vinden jullie?",
                "Via de kerken.", "de", List.of("Vrijwilligers", "volunteering", "breien", "Schule")));

        assertThat(content.title()).isEqualTo("Gastgezinnen");
        assertThat(content.summary()).isEqualTo("Wie vinden jullie?");
        assertThat(content.approach()).isEqualTo("Via de kerken.");
        assertThat(content.themes()).as("each once; a word naming no theme is left out")
                .containsExactly("volunteering", "education");
        assertThat(content.language()).isEqualTo(Language.DE);
    }

    @Test
    void aQuestionInALanguageThePracticesDoNotKnowDraftsInTheDefault() {
        assertThat(draft(new QuestionDraft("q-1", "t", "b", "a", "tr", List.of())).language()).isEqualTo(Language.NL);
        assertThat(draft(new QuestionDraft("q-1", "t", "b", "a", "fr", List.of())).language()).isEqualTo(Language.FR);
    }

    private PracticeContent draft(QuestionDraft draft) {
        ArgumentCaptor<PracticeContent> content = ArgumentCaptor.forClass(PracticeContent.class);
        Practice written = Practice.draftWithId("from-question-q-1", "almelo", anyContent(),
                Visibility.PRIVATE, Set.of(), "anna");
        when(practices.draftOnce(eq(ANNA), eq("from-question-q-1"), any())).thenReturn(written);

        assertThat(drafts.draftFromQuestion(ANNA, draft)).isEqualTo("from-question-q-1");

        verify(practices, atLeastOnce()).draftOnce(eq(ANNA),
                eq("from-question-q-1"), content.capture());
        return content.getValue();
    }

    private static PracticeContent anyContent() {
        return new PracticeContent("t", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
