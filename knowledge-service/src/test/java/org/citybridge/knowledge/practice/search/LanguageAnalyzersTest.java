package org.citybridge.knowledge.practice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each language's stemmer makes the forms a reader sees as one word into one term. */
class LanguageAnalyzersTest {

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @Test
    void dutchVolunteersAndAVolunteerAreOneWord() {
        assertThat(terms(Language.NL, "vrijwilligers")).isEqualTo(terms(Language.NL, "vrijwilliger"))
                .containsExactly("vrijwilliger");
    }

    @Test
    void germanIntegrationCoursesAndACourseAreOneWord() {
        assertThat(terms(Language.DE, "Integrationskurse")).isEqualTo(terms(Language.DE, "Integrationskurs"))
                .containsExactly("integrationskurs");
    }

    @Test
    void englishVolunteersAndVolunteeringAreOneWord() {
        assertThat(terms(Language.EN, "volunteers")).isEqualTo(terms(Language.EN, "volunteering"))
                .containsExactly("volunt");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void accentsAreFoldedInEveryLanguage(Language language) {
        assertThat(terms(language, "café")).isEqualTo(terms(language, "cafe")).isNotEmpty();
    }

    @Test
    void wordsOfOneLanguageAreNotStemmedAsAnother() {
        assertThat(terms(Language.NL, "volunteering")).doesNotContain("volunt");
    }

    @Test
    void aThemeNamedInGermanIsFoundFromAGermanWord() {
        ThemeMatcher matcher = new ThemeMatcher(new ThemeVocabulary(), analyzers);

        assertThat(matcher.themesIn("Ehrenamt", Set.of(Language.values()))).contains("volunteering");
        assertThat(matcher.themesIn("bénévoles", Set.of(Language.FR))).contains("volunteering");
        assertThat(matcher.themesIn("Integrationskurse", Set.of(Language.DE))).contains("civic-integration");
        assertThat(matcher.themesIn("weekend", Set.of(Language.values()))).isEmpty();
    }

    @Test
    void theWordsBesideATheme() {
        ThemeMatcher matcher = new ThemeMatcher(new ThemeVocabulary(), analyzers);

        assertThat(matcher.matches("volunteers in Antwerp", Set.of(Language.EN)))
                .containsExactly(new ThemeMatcher.ThemeMatch("volunteering", "Antwerp"));
        assertThat(matcher.matches("Ehrenamt", Set.of(Language.DE)))
                .containsExactly(new ThemeMatcher.ThemeMatch("volunteering", ""));
    }

    private Set<String> terms(Language language, String text) {
        return ThemeMatcher.terms(analyzers.of(language), text);
    }
}
