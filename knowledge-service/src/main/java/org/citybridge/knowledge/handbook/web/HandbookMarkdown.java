package org.citybridge.knowledge.handbook.web;

import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.FrozenChapter.Section;

/**
 * An edition as Markdown: title, edition line, a linked table of contents, the introduction, then the
 * chapters in the editor's order. Angle brackets are escaped so that no text turns into raw HTML
 * where the Markdown is rendered.
 */
final class HandbookMarkdown {

    private HandbookMarkdown() {
    }

    static String render(EditionText edition, EditionLabels labels) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(edition.title())).append("\n\n");
        if (!edition.title().equals(edition.handbookTitle())) {
            md.append("**").append(line(edition.handbookTitle())).append("**\n\n");
        }
        md.append('*').append(labels.edition(edition)).append(" · ").append(line(EditionLabels.city(edition.municipality())))
                .append("*\n\n");
        if (labels.marksAnyChapter(edition.chapters())) {
            md.append(line(labels.markNote())).append("\n\n");
        }
        md.append("## ").append(line(labels.contents())).append("\n\n");
        for (FrozenChapter chapter : edition.chapters()) {
            md.append(chapter.number()).append(". [").append(line(labels.title(chapter))).append("](#")
                    .append(EditionLabels.anchor(chapter)).append(")\n");
        }
        md.append('\n');
        if (edition.introduction() != null && !edition.introduction().isBlank()) {
            md.append("## ").append(line(labels.introduction())).append("\n\n");
            paragraphs(md, edition.introduction());
        }
        for (FrozenChapter chapter : edition.chapters()) {
            md.append("<a id=\"").append(EditionLabels.anchor(chapter)).append("\"></a>\n\n");
            md.append("## ").append(line(labels.chapterHeading(chapter))).append("\n\n");
            md.append('*').append(line(labels.byline(chapter))).append("*\n\n");
            if (chapter.introduction() != null && !chapter.introduction().isBlank()) {
                for (String paragraph : EditionLabels.paragraphs(chapter.introduction())) {
                    md.append("> ").append(text(paragraph).replace("\n", "\n> ")).append("\n>\n");
                }
                md.setLength(md.length() - 2);
                md.append('\n');
            }
            for (Section section : chapter.sections()) {
                md.append("### ").append(line(labels.sectionHeading(chapter, section))).append("\n\n");
                if (section.text() != null) {
                    paragraphs(md, labels.sectionText(chapter, section));
                }
                for (String item : section.items()) {
                    md.append("- ").append(line(item)).append('\n');
                }
                if (!section.items().isEmpty()) {
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }

    private static void paragraphs(StringBuilder md, String text) {
        for (String paragraph : EditionLabels.paragraphs(text)) {
            md.append(text(paragraph)).append("\n\n");
        }
    }

    /** One line of text: a heading or list item never breaks into two. */
    private static String line(String text) {
        return text(text).replaceAll("\\s*\\R\\s*", " ");
    }

    private static String text(String text) {
        return text == null ? "" : text.replace("<", "&lt;").replace(">", "&gt;");
    }
}
