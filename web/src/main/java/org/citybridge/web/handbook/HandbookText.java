package org.citybridge.web.handbook;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The API's HTML rendering of an edition, made fit to sit inside a page: only text tags survive (no scripts,
 * styles, forms or outside links; links only to the edition's own chapters), the page's own heading replaces the
 * rendering's title, and each chapter says which language it is written in. The service escapes its texts already;
 * this does not rely on it.
 */
final class HandbookText {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("section", "nav")
            .addAttributes("section", "id")
            .addAttributes("nav", "aria-label")
            .removeTags("img")
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .addProtocols("a", "href", "#");

    private HandbookText() {
    }

    /**
     * @param html      the service's self-contained page for the edition
     * @param languages each chapter's language by its anchor ({@code chapter-1}), where known
     */
    static String inline(String html, Map<String, String> languages) {
        Document page = Jsoup.parse(html == null ? "" : html);
        // Pretty printing would add spaces inside paragraphs (around a <br>): the text stays as written.
        page.outputSettings().prettyPrint(false);
        Element main = page.selectFirst("main");
        Element content = main == null ? page.body() : main;
        // The page shows the title and the edition's state itself, in the reader's language.
        content.select("> h1, > p.subtitle, > p.meta").remove();
        Document text = Document.createShell("");
        text.body().append(content.html());
        Document clean = new Cleaner(ALLOWED).clean(text);
        clean.body().select("h1").tagName("h2");
        clean.body().select("section[id]").forEach(section -> {
            String language = languages.get(section.id());
            if (language != null && language.matches("[a-z]{2}")) {
                section.attr("lang", language);
            }
        });
        // Pico lays out every nav as a menu bar; the contents are a list to read down.
        clean.body().select("nav").forEach(nav -> nav.tagName("div").attr("role", "navigation")
                .addClass("handbook-contents"));
        clean.outputSettings().prettyPrint(false);
        // The rendering's own words (headings like "Contents") are in the language its page declares.
        String language = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        return language.matches("[a-z]{2}") ? "<div lang=\"" + language + "\">" + clean.body().html() + "</div>"
                : clean.body().html();
    }
}
