package org.citybridge.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class TextsTest {

    private final Texts texts = new Texts();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theReadersTranslationIsShownUnmarked() {
        LocaleContextHolder.setLocale(Locale.GERMAN);

        assertThat(texts.pick(Map.of("nl", "Welkom", "de", "Willkommen"))).isEqualTo(new Localised("Willkommen", "de", false));
    }

    @Test
    void withoutATranslationTheTextIsShownAsWrittenAndMarked() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(texts.pick(Map.of("de", "Willkommen"))).isEqualTo(new Localised("Willkommen", "de", true));
        // Dutch before German when both exist and the reader's language does not.
        assertThat(texts.pick(Map.of("de", "Willkommen", "nl", "Welkom"))).isEqualTo(new Localised("Welkom", "nl", true));
    }

    @Test
    void aTextWrittenInOneLanguageIsMarkedOnlyForReadersOfAnother() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));

        assertThat(texts.as("Inburgering", "nl").foreign()).isFalse();
        assertThat(texts.as("Integration", "DE")).isEqualTo(new Localised("Integration", "de", true));
    }

    @Test
    void anUnsupportedReaderLanguageReadsEnglish() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(texts.reader()).isEqualTo("en");
    }
}
