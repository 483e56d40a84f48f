package org.citybridge.knowledge.handbook.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.FrozenChapter.Section;
import org.citybridge.knowledge.handbook.FrozenChapter.Translation;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;

/**
 * The words every export prints the same way, in the reader's language: the edition line, the headings
 * of the contents and the introduction, a chapter's label and heading, its sections' headings and its
 * byline. A chapter's own texts are shown in the reader's language where the practice has a translation
 * (its title and summary), else as written and marked with their language where that is not the document's:
 * the title ("Weekendschool (NL)") and the heading of each such section ("Vorgehen (NL)").
 */
final class EditionLabels {

    /**
     * Published editions froze their section headings and bylines in English words; they are read back
     * into the reader's language here, so every edition, old or new, prints in it.
     */
    private static final Map<String, String> SECTION_KEYS = Map.of("Summary", "section.summary", "Purpose",
            "section.purpose", "Rationale", "section.rationale", "Approach", "section.approach", "Results",
            "section.results", "Findings", "section.findings", "Document", "section.document");
    private static final String SUMMARY = "Summary";
    private static final Pattern PRACTICE_BYLINE = Pattern.compile("Practice of (.+)");
    private static final Pattern STUDY_BYLINE = Pattern.compile(
            "Study by (.+?)(?:, commissioned by (.+?))?(?:, for (.+?))?(?: \\((\\S+)(?: to (\\S+))?\\))?");

    private final DocumentLabels labels;

    EditionLabels(DocumentLabels labels) {
        this.labels = labels;
    }

    /**
     * A handbook is written in the language most of its chapters are in (the first chapter's on a tie);
     * one without chapters in nl, de or en in English.
     */
    static DocumentLanguage writtenIn(EditionText edition) {
        Map<DocumentLanguage, Long> counts = edition.chapters().stream()
                .flatMap(chapter -> DocumentLanguage.of(chapter.language()).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return edition.chapters().stream().flatMap(chapter -> DocumentLanguage.of(chapter.language()).stream())
                .max(Comparator.comparing(counts::get)).orElse(DocumentLanguage.EN);
    }

    DocumentLanguage language() {
        return labels.language();
    }

    /** "Edition 1, published 15 December 2011" or "Edition 2, DRAFT: texts as they are today". */
    String edition(EditionText edition) {
        return edition.publishedAt() != null
                ? labels.text("edition.published", String.valueOf(edition.number()), labels.date(edition.publishedAt()))
                : labels.text("edition.draft", String.valueOf(edition.number()));
    }

    /** "Handbook KleurRijk Almelo - edition 1", the document's title and footer. */
    String editionTitle(EditionText edition) {
        return labels.text("edition.short", edition.title(), String.valueOf(edition.number()));
    }

    String contents() {
        return labels.text("contents");
    }

    String introduction() {
        return labels.text("introduction");
    }

    /** "Chapter 2 · study" above a chapter's title. */
    String chapterLabel(FrozenChapter chapter) {
        return labels.text("chapter", String.valueOf(chapter.number()))
                + (chapter.source() == null ? "" : "  ·  " + labels.text("source." + chapter.source().name()));
    }

    /** "2. Interne analyse (NL)": the title, marked where it is in another language than the document. */
    String chapterHeading(FrozenChapter chapter) {
        return chapter.number() + ". " + title(chapter);
    }

    /** The title in the reader's language where translated, else as written and marked with its language. */
    String title(FrozenChapter chapter) {
        String translated = translation(chapter, Translation::title);
        return translated != null ? translated : labels.marked(chapter.title(), chapter.language());
    }

    /** The language {@link #title} is in. */
    String titleLanguage(FrozenChapter chapter) {
        return translation(chapter, Translation::title) != null ? labels.language().code() : chapter.language();
    }

    /** The section's name in the reader's words, marked with the language of its text where that is another. */
    String sectionHeading(FrozenChapter chapter, Section section) {
        String key = SECTION_KEYS.get(section.heading());
        return labels.marked(key == null ? section.heading() : labels.text(key), sectionLanguage(chapter, section));
    }

    /** A practice's summary in the reader's language where translated; any other text as written. */
    String sectionText(FrozenChapter chapter, Section section) {
        String translated = SUMMARY.equals(section.heading()) ? translation(chapter, Translation::summary) : null;
        return translated != null ? translated : section.text();
    }

    /** The language {@link #sectionText} is in. */
    String sectionLanguage(FrozenChapter chapter, Section section) {
        return SUMMARY.equals(section.heading()) && translation(chapter, Translation::summary) != null
                ? labels.language().code() : chapter.language();
    }

    private String translation(FrozenChapter chapter, Function<Translation, String> text) {
        Translation translation = chapter.translations().get(labels.language().code());
        String translated = translation == null ? null : text.apply(translation);
        return translated == null || translated.isBlank() ? null : translated;
    }

    /** "Practice of Almelo" or "Study by ..., commissioned by ..." in the reader's words; any other as written. */
    String byline(FrozenChapter chapter) {
        String byline = chapter.byline();
        if (byline == null) {
            return "";
        }
        Matcher practice = PRACTICE_BYLINE.matcher(byline);
        if (practice.matches()) {
            return labels.text("byline.practice", city(practice.group(1)));
        }
        Matcher study = STUDY_BYLINE.matcher(byline);
        if (!study.matches()) {
            return byline;
        }
        StringBuilder text = new StringBuilder(labels.text("byline.study", study.group(1)));
        if (study.group(2) != null) {
            text.append(", ").append(labels.text("byline.commissionedBy", study.group(2)));
        }
        if (study.group(3) != null) {
            text.append(", ").append(labels.text("byline.for", study.group(3)));
        }
        if (study.group(4) != null) {
            text.append(" (").append(study.group(5) == null ? day(study.group(4))
                    : labels.text("byline.period", day(study.group(4)), day(study.group(5)))).append(')');
        }
        return text.toString();
    }

    /** A frozen date (2010-06-01) in the reader's words; anything else as written. */
    private String day(String text) {
        try {
            return labels.date(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return text;
        }
    }

    /** A municipality's id as a name: almelo becomes Almelo. */
    static String city(String municipality) {
        return municipality == null || municipality.isEmpty() ? ""
                : Character.toUpperCase(municipality.charAt(0)) + municipality.substring(1);
    }

    static String anchor(FrozenChapter chapter) {
        return "chapter-" + chapter.number();
    }

    /** A text's paragraphs: separated by blank lines, as people type them. */
    static String[] paragraphs(String text) {
        return text == null ? new String[0] : text.strip().split("\\R\\s*\\R");
    }

    /** Whether any chapter is written in another language than the document's: then the title page says so. */
    boolean marksAnyChapter(Collection<FrozenChapter> chapters) {
        return chapters.stream().map(FrozenChapter::language).anyMatch(language -> language != null
                && !language.isBlank() && !language.strip().equalsIgnoreCase(labels.language().code()));
    }

    String markNote() {
        return labels.text("marked");
    }
}
