package org.citybridge.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    private final Highlights highlights = new Highlights();

    @Test
    void keepsTheApisMarkersAndEscapesTheText() {
        assertThat(highlights.safe("Taalcafé door <mark>vrijwilligers</mark> &amp; buren"))
                .isEqualTo("Taalcafé door <mark>vrijwilligers</mark> &amp; buren");
    }

    @Test
    void anyOtherMarkupIsShownAsText() {
        assertThat(highlights.safe("<script>alert(1)</script> <mark>x</mark> <b onclick=\"y\">z</b>"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark> &lt;b onclick=&quot;y&quot;&gt;z&lt;/b&gt;");
    }

    @Test
    void textTheApiEscapedIsEscapedOnceAndRawTextToo() {
        assertThat(highlights.safe("&lt;i&gt; and <i>")).isEqualTo("&lt;i&gt; and &lt;i&gt;");
    }

    @Test
    void markersAreBalancedWhenASnippetWasCutInsideOne() {
        assertThat(highlights.safe("…<mark>vrijwil")).isEqualTo("…<mark>vrijwil</mark>");
        assertThat(highlights.safe("ligers</mark> en <mark><mark>buren</mark></mark>"))
                .isEqualTo("ligers en <mark>buren</mark>");
    }

    @Test
    void nothingIsNothing() {
        assertThat(highlights.safe(null)).isEmpty();
        assertThat(highlights.safe("")).isEmpty();
    }
}
