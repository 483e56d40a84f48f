package org.citybridge.knowledge.handbook.web;

import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.FrozenChapter.Section;
import org.springframework.web.util.HtmlUtils;

/**
 * An edition as one self-contained HTML page (no scripts, no outside resources; the style is inline)
 * with readable typography: a serif text column of about 70 characters, generous leading, a linked
 * table of contents. Every text is escaped.
 */
final class HandbookHtml {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fbfaf7; color: #1f2328;
                   font: 18px/1.6 Georgia, "Times New Roman", "Liberation Serif", serif; }
            main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.5rem 5rem; }
            h1, h2, h3, nav, .meta, .byline { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
            h1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 .4rem; }
            h2 { font-size: 1.45rem; line-height: 1.3; margin: 3rem 0 .3rem; padding-top: 1rem;
                 border-top: 1px solid #d8d4cc; }
            h3 { font-size: 1.05rem; margin: 1.6rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em;
                 color: #4a4f55; }
            .meta, .byline { color: #5f6368; font-size: .9rem; }
            .subtitle { font-size: 1.2rem; color: #3b4045; margin: 0 0 .6rem; }
            nav { background: #f1eee8; padding: 1rem 1.4rem; border-radius: 6px; margin: 2rem 0; }
            nav h2 { border: 0; margin: 0 0 .4rem; padding: 0; font-size: 1.1rem; }
            nav ol { margin: 0; padding-left: 1.4rem; } nav li { margin: .2rem 0; }
            a { color: #1a5fb4; }
            blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 3px solid #c8b89a; color: #3b4045;
                         font-style: italic; }
            ul { padding-left: 1.3rem; } li { margin: .3rem 0; }
            .draft { color: #9c2f2f; font-weight: bold; }
            @media print { body { background: #fff; font-size: 11pt; } nav { background: none; }
                           h2 { page-break-before: always; border: 0; } }
            """;

    private HandbookHtml() {
    }

    /**
     * The page's {@code lang} is the reader's; a chapter in another language carries its own {@code lang}
     * on its title and texts, so that a screen reader reads each in its language.
     */
    static String render(EditionText edition, EditionLabels labels) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(labels.editionTitle(edition)))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>").append(escape(edition.title())).append("</h1>\n");
        if (!edition.title().equals(edition.handbookTitle())) {
            html.append("<p class=\"subtitle\">").append(escape(edition.handbookTitle())).append("</p>\n");
        }
        html.append("<p class=\"meta").append(edition.publishedAt() == null ? " draft" : "").append("\">")
                .append(escape(labels.edition(edition))).append(" · ").append(escape(EditionLabels.city(edition.municipality())))
                .append("</p>\n");
        if (labels.marksAnyChapter(edition.chapters())) {
            html.append("<p class=\"meta\">").append(escape(labels.markNote())).append("</p>\n");
        }
        html.append("<nav aria-label=\"").append(escape(labels.contents())).append("\">\n<h2>")
                .append(escape(labels.contents())).append("</h2>\n<ol>\n");
        for (FrozenChapter chapter : edition.chapters()) {
            html.append("<li><a href=\"#").append(EditionLabels.anchor(chapter)).append("\">")
                    .append(title(chapter, labels)).append("</a></li>\n");
        }
        html.append("</ol>\n</nav>\n");
        if (edition.introduction() != null && !edition.introduction().isBlank()) {
            html.append("<section>\n<h2>").append(escape(labels.introduction())).append("</h2>\n");
            paragraphs(html, edition.introduction());
            html.append("</section>\n");
        }
        for (FrozenChapter chapter : edition.chapters()) {
            html.append("<section id=\"").append(EditionLabels.anchor(chapter)).append("\">\n<h2>")
                    .append(chapter.number()).append(". ").append(title(chapter, labels)).append("</h2>\n");
            html.append("<p class=\"byline\">").append(escape(labels.byline(chapter))).append("</p>\n");
            if (chapter.introduction() != null && !chapter.introduction().isBlank()) {
                html.append("<blockquote>\n");
                paragraphs(html, chapter.introduction());
                html.append("</blockquote>\n");
            }
            for (Section section : chapter.sections()) {
                html.append("<h3>").append(escape(labels.sectionHeading(chapter, section))).append("</h3>\n");
                String textLanguage = otherLanguage(labels.sectionLanguage(chapter, section), labels);
                if (textLanguage != null) {
                    html.append("<div lang=\"").append(textLanguage).append("\">\n");
                }
                if (section.text() != null) {
                    paragraphs(html, labels.sectionText(chapter, section));
                }
                if (!section.items().isEmpty()) {
                    html.append("<ul>\n");
                    section.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
                    html.append("</ul>\n");
                }
                if (textLanguage != null) {
                    html.append("</div>\n");
                }
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The chapter's title, in a span with its language and followed by the mark where it is not the page's. */
    private static String title(FrozenChapter chapter, EditionLabels labels) {
        String language = otherLanguage(labels.titleLanguage(chapter), labels);
        if (language == null) {
            return escape(labels.title(chapter));
        }
        String mark = labels.title(chapter).substring(chapter.title().length());
        return "<span lang=\"" + language + "\">" + escape(chapter.title()) + "</span>" + escape(mark);
    }

    /** A text's language where it differs from the page's, as a safe attribute value; else null. */
    private static String otherLanguage(String language, EditionLabels labels) {
        if (language == null || !language.strip().matches("[A-Za-z]{2,3}")
                || language.strip().equalsIgnoreCase(labels.language().code())) {
            return null;
        }
        return language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void paragraphs(StringBuilder html, String text) {
        for (String paragraph : EditionLabels.paragraphs(text)) {
            html.append("<p>").append(escape(paragraph).replaceAll("\\R", "<br>\n")).append("</p>\n");
        }
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
