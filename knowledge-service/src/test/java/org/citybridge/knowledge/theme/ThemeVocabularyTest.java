package org.citybridge.knowledge.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shipped themes, and how a word in any language names one. */
class ThemeVocabularyTest {

    private final ThemeVocabulary vocabulary = new ThemeVocabulary();

    @Test
    void theShippedThemesAreFoundByCode() {
        assertThat(vocabulary.all()).extracting(Theme::code).contains("participation", "volunteering", "education");
        assertThat(vocabulary.contains("volunteering")).isTrue();
        assertThat(vocabulary.contains("knitting")).isFalse();
        assertThat(vocabulary.find("education")).hasValueSatisfying(theme ->
                assertThat(theme.labels()).containsEntry("de", "Bildung"));
        assertThat(vocabulary.find("knitting")).isEmpty();
    }

    @Test
    void aWordNamesAThemeByCodeLabelOrKeywordInAnyLanguageIgnoringCaseAndAccents() {
        assertThat(vocabulary.codeFor(" volunteering ")).contains("volunteering");
        assertThat(vocabulary.codeFor("Vrijwilligers")).contains("volunteering");
        assertThat(vocabulary.codeFor("benevolat")).as("a French label without its accent").contains("volunteering");
        assertThat(vocabulary.codeFor("EHRENAMT")).contains("volunteering");
        assertThat(vocabulary.codeFor("Schule")).as("a German keyword").contains("education");
        assertThat(vocabulary.codeFor("integrationskurse und ankommen")).as("a label that is no keyword")
                .contains("civic-integration");
    }

    @Test
    void aWordThatNamesNoThemeNamesNone() {
        assertThat(vocabulary.codeFor("breien")).isEmpty();
        assertThat(vocabulary.codeFor(null)).isEmpty();
        assertThat(vocabulary.codeFor("  ")).isEmpty();
    }

    @Test
    void aThemesPhrasesInALanguageAreItsLabelThenItsKeywords() {
        Theme theme = new Theme("volunteering", Map.of("nl", "Vrijwilligerswerk"),
                Map.of("nl", List.of("vrijwilliger"), "de", List.of("Ehrenamt")), "seed");

        assertThat(theme.phrases("nl")).containsExactly("Vrijwilligerswerk", "vrijwilliger");
        assertThat(theme.phrases("de")).containsExactly("Ehrenamt");
        assertThat(theme.phrases("fr")).isEmpty();
        assertThat(new Theme("x", null, null, null).phrases("nl")).isEmpty();
    }
}
