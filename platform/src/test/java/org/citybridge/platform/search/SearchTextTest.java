package org.citybridge.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void ignoresCaseAndDiacritics() {
        assertThat(SearchText.normalise("Münster")).isEqualTo("munster");
        assertThat(SearchText.normalise("MÜNSTER")).isEqualTo("munster");
        assertThat(SearchText.normalise("Cliëntenraad Çağlar  Éénheid")).isEqualTo("clientenraad caglar eenheid");
        assertThat(SearchText.normalise(null)).isEmpty();
    }

    @Test
    void aPrecomposedAndADecomposedUmlautAreTheSame() {
        assertThat(SearchText.normalise("Mu\u0308nster")).isEqualTo(SearchText.normalise("M\u00fcnster"));
    }

    @Test
    void theRegexMatchesTheTextLiterallyAndNothingElse() {
        String nasty = "a.b*c (d) [e] {f} ^g$ |h| +i? \\j 't woord";
        Pattern pattern = Pattern.compile(SearchText.literalRegex(nasty));

        assertThat(pattern.matcher("before " + nasty + " after").find()).isTrue();
        assertThat(pattern.matcher("aXb*c (d) [e] {f} ^g$ |h| +i? \\j 't woord").find()).isFalse();
        assertThat(Pattern.compile(SearchText.literalRegex(".*")).matcher("anything").find()).isFalse();
        assertThat(Pattern.compile(SearchText.literalRegex("münster")).matcher("stadt münster").find()).isTrue();
    }

    /** A NUL in a search box once made MongoDB refuse the query (BSON strings end at NUL): a 500. */
    @Test
    void controlCharactersNeverReachThePattern() {
        assertThat(SearchText.normalise("a\u0000b\u0007 c")).isEqualTo("a b c");
        String regex = SearchText.literalRegex("a\u0000b");

        assertThat(regex).doesNotContain("\u0000").isEqualTo("a\\x00b");
        assertThat(Pattern.compile(regex).matcher("xa\u0000by").find()).isTrue();
    }
}
