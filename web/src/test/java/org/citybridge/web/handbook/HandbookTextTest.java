package org.citybridge.web.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class HandbookTextTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>t</title><style>body { color: red }</style>
            <script>alert(1)</script></head><body><main>
            <h1>Handboek</h1><p class="subtitle">Sub</p><p class="meta">Edition 1 · Almelo</p>
            <nav aria-label="Contents"><h2>Contents</h2><ol><li><a href="#chapter-1">Netwerklunch</a></li>
            <li><a href="https://evil.example/">away</a></li><li><a href="javascript:alert(2)">js</a></li></ol></nav>
            <section id="chapter-1"><h2>1. Netwerklunch</h2><p onclick="alert(3)">Tekst<br>regel</p>
            <img src="https://tracker.example/p.png" alt=""><iframe src="https://evil.example"></iframe>
            <form action="https://evil.example"><input name="x"></form></section>
            </main><script>alert(4)</script></body></html>
            """;

    @Test
    void keepsTheChaptersAndTheirLinksAndMarksTheirLanguage() {
        String html = HandbookText.inline(PAGE, Map.of("chapter-1", "nl")).replaceAll(">\\s+<", "><");
        assertThat(html).startsWith("<div lang=\"en\">")
                .contains("<div aria-label=\"Contents\" role=\"navigation\" class=\"handbook-contents\">"
                        + "<h2>Contents</h2>")
                .contains("<a href=\"#chapter-1\">Netwerklunch</a>")
                .contains("<section id=\"chapter-1\" lang=\"nl\"><h2>1. Netwerklunch</h2><p>Tekst<br>regel</p>");
    }

    @Test
    void dropsScriptsStylesOutsideLinksAndTheRenderingsOwnTitle() {
        String html = HandbookText.inline(PAGE, Map.of());
        assertThat(html).doesNotContain("<script", "alert", "<style", "onclick", "<img", "<iframe", "<form", "<input",
                "evil.example", "tracker.example", "javascript:", "<h1", "Edition 1 · Almelo", "Sub<");
        assertThat(html).contains("<a>away</a>");
    }
}
