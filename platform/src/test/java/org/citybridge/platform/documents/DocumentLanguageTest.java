package org.citybridge.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

class DocumentLanguageTest {

    @Test
    void theLangParameterWinsOverTheHeaderAndTheDocument() {
        assertThat(DocumentLanguage.choose("de", "en-GB,en;q=0.9", DocumentLanguage.NL)).isEqualTo(DocumentLanguage.DE);
        assertThat(DocumentLanguage.choose("NL", null, DocumentLanguage.DE)).isEqualTo(DocumentLanguage.NL);
    }

    @Test
    void anUnknownLangIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> DocumentLanguage.choose("fr", null, DocumentLanguage.NL))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("lang");
    }

    @Test
    void theHeaderGivesTheFirstKnownLanguageByWeight() {
        assertThat(DocumentLanguage.choose(null, "fr-FR,fr;q=0.9,de;q=0.5,en;q=0.7", DocumentLanguage.NL))
                .isEqualTo(DocumentLanguage.EN);
        assertThat(DocumentLanguage.choose(null, "nl-BE", DocumentLanguage.DE)).isEqualTo(DocumentLanguage.NL);
    }

    @Test
    void withoutAKnownLanguageInTheRequestTheDocumentKeepsItsOwn() {
        assertThat(DocumentLanguage.choose(null, null, DocumentLanguage.DE)).isEqualTo(DocumentLanguage.DE);
        assertThat(DocumentLanguage.choose(null, "fr, *;q=0.5", DocumentLanguage.NL)).isEqualTo(DocumentLanguage.NL);
        assertThat(DocumentLanguage.choose(null, ";;;q=x", DocumentLanguage.NL)).isEqualTo(DocumentLanguage.NL);
    }

    @Test
    void aCitysLanguagesGiveItsFirstKnownOne() {
        assertThat(DocumentLanguage.firstOf(List.of("fy", "nl"))).contains(DocumentLanguage.NL);
        assertThat(DocumentLanguage.firstOf(List.of("tr"))).isEmpty();
        assertThat(DocumentLanguage.firstOf(null)).isEmpty();
    }

    @Test
    void datesAndLabelsReadAsTheLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(DocumentLabels.in(DocumentLanguage.NL).date(day)).isEqualTo("1 december 2026");
        assertThat(DocumentLabels.in(DocumentLanguage.DE).date(day)).isEqualTo("1. Dezember 2026");
        assertThat(DocumentLabels.in(DocumentLanguage.EN).date(day)).isEqualTo("1 December 2026");
        assertThat(DocumentLabels.in(DocumentLanguage.DE).dateTime(Instant.parse("2026-12-01T09:05:00Z")))
                .isEqualTo("1. Dezember 2026, 09:05");
        assertThat(DocumentLabels.in(DocumentLanguage.DE).text("signed", "1. Dezember 2026"))
                .isEqualTo("Unterzeichnet am 1. Dezember 2026");
    }

    @Test
    void contentInAnotherLanguageIsMarkedWithIt() {
        DocumentLabels german = DocumentLabels.in(DocumentLanguage.DE);
        assertThat(german.marked("Integratiepact Almelo", DocumentLanguage.NL)).isEqualTo("Integratiepact Almelo (NL)");
        assertThat(german.marked("Pakt für Vielfalt", DocumentLanguage.DE)).isEqualTo("Pakt für Vielfalt");
        assertThat(german.marked("Ohne Sprache", (DocumentLanguage) null)).isEqualTo("Ohne Sprache");
        assertThat(german.marked("Conseils", "fr")).isEqualTo("Conseils (FR)");
        assertThat(german.marked("Beratung", "DE")).isEqualTo("Beratung");
    }
}
