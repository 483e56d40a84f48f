package org.citybridge.knowledge.handbook.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;

/** The words every export prints the same way: the edition line and a chapter's heading. */
final class EditionLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private EditionLabels() {
    }

    /** "Edition 1, published 15 December 2011" or "Edition 2, DRAFT: texts as they are today". */
    static String edition(EditionText edition) {
        return "Edition " + edition.number() + (edition.publishedAt() != null
                ? ", published " + DAY.format(edition.publishedAt())
                : ", DRAFT: texts as they are today, not yet frozen");
    }

    /** A municipality's id as a name: almelo becomes Almelo. */
    static String city(String municipality) {
        return municipality == null || municipality.isEmpty() ? ""
                : Character.toUpperCase(municipality.charAt(0)) + municipality.substring(1);
    }

    static String chapterHeading(FrozenChapter chapter) {
        return chapter.number() + ". " + chapter.title();
    }

    static String anchor(FrozenChapter chapter) {
        return "chapter-" + chapter.number();
    }

    /** A text's paragraphs: separated by blank lines, as people type them. */
    static String[] paragraphs(String text) {
        return text == null ? new String[0] : text.strip().split("\\R\\s*\\R");
    }
}
