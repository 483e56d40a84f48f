package org.citybridge.knowledge.practice.search;

import java.util.List;

import org.citybridge.knowledge.practice.Language;

/** The names of the index's fields. */
final class PracticeFields {

    static final String ID = "id";
    static final String MUNICIPALITY = "municipality";
    static final String VISIBILITY = "visibility";
    static final String STATUS = "status";
    static final String GROUP = "group";
    static final String THEME = "theme";
    static final String LANGUAGE = "language";
    static final String TARGET_GROUP = "targetGroup";
    static final String LINE_OF_WORK = "lineOfWork";
    /** When it was published (else last changed), for sorting by date. */
    static final String DATE = "date";
    static final String PUBLISHED_AT = "publishedAt";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String THEMES = "themes";
    /** The languages a practice has text in (its own, its translations'): which fields to highlight. */
    static final String TEXT_LANGUAGES = "textLanguages";

    /** The facet dimensions, in the order the answer lists them. */
    static final List<String> FACETS = List.of(MUNICIPALITY, THEME, TARGET_GROUP, LANGUAGE, LINE_OF_WORK);

    /** The texts searched, each as one field per language. */
    static final List<String> TEXT = List.of("title", "summary", "purpose", "rationale", "approach", "whatWorked",
            "whatDidNot", "results", "targetGroups");

    private PracticeFields() {
    }

    static String text(String field, Language language) {
        return field + "_" + language.code();
    }

    /** {@code title_nl} → {@code title}. */
    static String base(String languageField) {
        int underscore = languageField.lastIndexOf('_');
        return underscore < 0 ? languageField : languageField.substring(0, underscore);
    }
}
