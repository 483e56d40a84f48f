package org.citybridge.knowledge.question;

import java.util.List;

import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Component;

/**
 * Turns an accepted question into a PRIVATE draft practice of the asking city, through the practices'
 * own use case, under the id {@code from-question-{questionId}} (one practice per question, retries or
 * not): the question's title and body become the title and summary, the accepted answer the
 * approach. A question's themes are the asker's own words ("vrijwilligers"), a practice's are codes of
 * the vocabulary: each is mapped to the theme it names in any language, and one that names none is left
 * out rather than failing the draft (the officers tag the practice before publishing it).
 */
@Component
class PracticesFromQuestions implements PracticeDrafts {

    private final PracticeService practices;
    private final ThemeVocabulary themes;

    PracticesFromQuestions(PracticeService practices, ThemeVocabulary themes) {
        this.practices = practices;
        this.themes = themes;
    }

    @Override
    public String draftFromQuestion(Caller caller, QuestionDraft draft) {
        List<String> codes = draft.themes().stream().map(themes::codeFor).flatMap(java.util.Optional::stream)
                .distinct().toList();
        PracticeContent content = new PracticeContent(draft.title(), draft.summary(), null, null, draft.approach(),
                null, null, List.of(), null, List.of(), codes, List.of(), language(draft.language()), null, null);
        return practices.draftOnce(caller, "from-question-" + draft.questionId(), content).id();
    }

    /** The practices know four languages; a question in another one drafts a practice in the default. */
    private static Language language(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        return null;
    }
}
