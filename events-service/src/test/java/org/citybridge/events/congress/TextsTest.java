package org.citybridge.events.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.events.congress.CongressPlanTest.assertInvalid;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Texts in the network's languages: which are accepted, and which one a reader gets. */
class TextsTest {

    @Test
    void aTextIsStrippedAndKeptPerLanguage() {
        assertThat(Texts.checked("title", Map.of("nl", "  Congres ", "de", "Kongress"), true, 200))
                .containsExactlyInAnyOrderEntriesOf(Map.of("nl", "Congres", "de", "Kongress"));
    }

    @Test
    void noTextIsRefusedOnlyWhenOneIsRequired() {
        assertInvalid(() -> Texts.checked("title", null, true, 200), "title");
        assertInvalid(() -> Texts.checked("title", Map.of(), true, 200), "title");
        assertThat(Texts.checked("description", null, false, 200)).isEmpty();
        assertThat(Texts.checked("description", Map.of(), false, 200)).isEmpty();
    }

    @Test
    void onlyTheNetworksLanguagesNoBlankTextsAndNoneTooLong() {
        assertInvalid(() -> Texts.checked("title", Map.of("fr", "Congrès"), true, 200), "title");
        assertInvalid(() -> Texts.checked("title", Map.of("en", "   "), true, 200), "title.en");
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("de", null);
        assertInvalid(() -> Texts.checked("title", withNull, true, 200), "title.de");
        assertInvalid(() -> Texts.checked("title", Map.of("nl", "x".repeat(11)), true, 10), "title.nl");
        assertThat(Texts.checked("title", Map.of("nl", "x".repeat(10)), true, 10)).containsEntry("nl", "x".repeat(10));
    }

    @Test
    void aReaderGetsTheirLanguageElseDutchEnglishGermanInThatOrder() {
        Map<String, String> all = Map.of("nl", "Congres", "de", "Kongress", "en", "Congress");
        assertThat(Texts.in(all, "de")).isEqualTo("Kongress");
        assertThat(Texts.in(all, "fr")).isEqualTo("Congres");
        assertThat(Texts.in(all, null)).isEqualTo("Congres");
        assertThat(Texts.in(Map.of("de", "Kongress", "en", "Congress"), "fr")).isEqualTo("Congress");
        assertThat(Texts.in(Map.of("de", "Kongress"), "nl")).isEqualTo("Kongress");
        assertThat(Texts.in(Map.of("fy", "Kongres"), "nl")).as("a stored text of another language").isEqualTo("Kongres");
        assertThat(Texts.in(Map.of(), "nl")).isEmpty();
        assertThat(Texts.in(null, "nl")).isEmpty();
    }
}
