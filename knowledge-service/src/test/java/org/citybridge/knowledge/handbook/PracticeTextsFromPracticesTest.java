package org.citybridge.knowledge.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.knowledge.handbook.PracticeTexts.PracticeText;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Translation;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;

/** The practices as the handbook quotes them: the practices' own read decides. */
class PracticeTextsFromPracticesTest {

    static final Caller ANNA = new Caller("anna", "almelo", Set.of(Role.OFFICER));

    private final PracticeService practices = mock(PracticeService.class);
    private final PracticeTextsFromPractices texts = new PracticeTextsFromPractices(practices);

    @Test
    void aReadablePracticeIsQuotedWithItsLanguageCode() {
        when(practices.textsFor(ANNA, "p-1")).thenReturn(new org.citybridge.knowledge.practice.PracticeTexts("p-1",
                "antwerpen", Language.NL, "Weekendschool", "Samenvatting", "Doel", "Reden", "Aanpak", "Werkte",
                "Werkte niet", "Resultaten", List.of("jongeren"), "An"));

        assertThat(texts.find(ANNA, "p-1")).contains(new PracticeText("p-1", "Weekendschool", "Samenvatting", "Doel",
                "Reden", "Aanpak", "Resultaten", "antwerpen", "nl"));
    }

    @Test
    void itsTranslationsAreQuotedByLanguageCode() {
        when(practices.textsFor(ANNA, "p-3")).thenReturn(new org.citybridge.knowledge.practice.PracticeTexts("p-3",
                "antwerpen", Language.NL, "Weekendschool", "Samenvatting", null, null, null, null, null, null, List.of(),
                null, Map.of(Language.DE, new Translation(Language.DE, "Wochenendschule", "Zusammenfassung"))));

        assertThat(texts.find(ANNA, "p-3").orElseThrow().translations()).containsExactly(
                Map.entry("de", new FrozenChapter.Translation("Wochenendschule", "Zusammenfassung")));
    }

    @Test
    void aPracticeTheCallerMayNotReadIsNotQuoted() {
        when(practices.textsFor(ANNA, "p-2")).thenThrow(NotFoundException.of("Practice", "p-2"));

        assertThat(texts.find(ANNA, "p-2")).isEmpty();
    }
}
