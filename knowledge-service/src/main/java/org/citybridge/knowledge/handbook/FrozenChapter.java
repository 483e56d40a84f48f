package org.citybridge.knowledge.handbook;

import java.util.List;

/**
 * A chapter with its texts copied in: what a published edition prints for ever, whatever happens to
 * the practice or study later.
 *
 * @param byline   who it is from: the practice's city, or who conducted the study for whom
 * @param sections the practice's or study's texts under their headings, empty ones left out
 */
public record FrozenChapter(int number, ChapterSource source, String refId, String title, String introduction,
        String byline, String language, List<Section> sections) {

    /** A heading with its text, or with a list of items (a study's findings). */
    public record Section(String heading, String text, List<String> items) {

        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public FrozenChapter {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
