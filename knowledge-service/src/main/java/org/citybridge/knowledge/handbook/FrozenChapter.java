package org.citybridge.knowledge.handbook;

import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A chapter with its texts copied in: what a published edition prints for ever, whatever happens to
 * the practice or study later.
 *
 * @param byline       who it is from: the practice's city, or who conducted the study for whom
 * @param sections     the practice's or study's texts under their headings, empty ones left out
 * @param translations a practice's title and summary in other languages, by language code, copied in with
 *                     its texts (empty for a study, and for editions published before they were copied)
 */
public record FrozenChapter(int number, ChapterSource source, String refId, String title, String introduction,
        String byline, String language, List<Section> sections, Map<String, Translation> translations) {

    /** A person's translation of the title and summary (either may be null). */
    public record Translation(String title, String summary) {
    }

    /** A heading with its text, or with a list of items (a study's findings). */
    public record Section(String heading, String text, List<String> items) {

        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @PersistenceCreator
    public FrozenChapter {
        sections = sections == null ? List.of() : List.copyOf(sections);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** A chapter without translations. */
    public FrozenChapter(int number, ChapterSource source, String refId, String title, String introduction,
            String byline, String language, List<Section> sections) {
        this(number, source, refId, title, introduction, byline, language, sections, Map.of());
    }
}
