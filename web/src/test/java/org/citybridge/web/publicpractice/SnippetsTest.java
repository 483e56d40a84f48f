package org.citybridge.web.publicpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void markedWordsBecomeMarkedPartsAndTheRestPlainText() {
        assertThat(Snippets.parts("Zeven <mark>vrijwilligers</mark> en de <mark>buurt</mark>"))
                .containsExactly(new Snippets.Part("Zeven ", false), new Snippets.Part("vrijwilligers", true),
                        new Snippets.Part(" en de ", false), new Snippets.Part("buurt", true));
    }

    @Test
    void theSearchsEscapingIsUndoneOnceAndNoOtherMarkupSurvives() {
        // The page escapes the parts again: what reaches the browser is text, whatever the snippet held.
        assertThat(Snippets.parts("Caf&eacute; &amp; <mark>&lt;b&gt;</mark><script>alert(1)</script>"))
                .containsExactly(new Snippets.Part("Café & ", false), new Snippets.Part("<b>", true),
                        new Snippets.Part("alert(1)", false));
        assertThat(Snippets.parts(null)).isEmpty();
    }

    @Test
    void aHitShowsItsTitleMarkedWhereItMatched() {
        PracticeSearch.Hit hit = new PracticeSearch.Hit("p", "Weekendschool", "s", "antwerpen", "nl", null, null,
                java.util.Map.of("title", "<mark>Weekendschool</mark>"));
        assertThat(hit.markedTitle()).containsExactly(new Snippets.Part("Weekendschool", true));
        assertThat(new PracticeSearch.Hit("p", "Weekendschool", "s", "antwerpen", "nl", null, null, null).markedTitle())
                .isEqualTo(List.of(new Snippets.Part("Weekendschool", false)));
    }
}
