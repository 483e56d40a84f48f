package org.citybridge.knowledge.practice.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.Translation;

/** A practice as the index holds it. */
final class PracticeDocuments {

    /** Stored for snippets, with offsets in the postings so the highlighter need not analyse again. */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private final FacetsConfig facets;

    PracticeDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(PracticeFields.THEME, true);
        config.setMultiValued(PracticeFields.TARGET_GROUP, true);
        config.setMultiValued(PracticeFields.LINE_OF_WORK, true);
        return config;
    }

    Document of(Practice practice) {
        PracticeContent content = practice.content();
        Document document = new Document();
        document.add(new StringField(PracticeFields.ID, practice.id(), Field.Store.YES));
        document.add(new StringField(PracticeFields.MUNICIPALITY, practice.municipality(), Field.Store.YES));
        document.add(new StringField(PracticeFields.VISIBILITY, practice.visibility().name(), Field.Store.NO));
        document.add(new StringField(PracticeFields.STATUS, practice.status().name(), Field.Store.NO));
        practice.sharedWithGroups().forEach(group -> document.add(new StringField(PracticeFields.GROUP, group,
                Field.Store.NO)));
        document.add(new StringField(PracticeFields.LANGUAGE, content.language().code(), Field.Store.YES));
        document.add(new StoredField(PracticeFields.TITLE, content.title()));
        if (content.summary() != null) {
            document.add(new StoredField(PracticeFields.SUMMARY, content.summary()));
        }
        Instant published = practice.publishedAt();
        if (published != null) {
            document.add(new StoredField(PracticeFields.PUBLISHED_AT, published.toEpochMilli()));
        }
        Instant date = published != null ? published : practice.changedAt();
        document.add(new NumericDocValuesField(PracticeFields.DATE, date == null ? 0 : date.toEpochMilli()));

        for (Map.Entry<String, String> text : texts(content).entrySet()) {
            if (text.getValue() != null && !text.getValue().isBlank()) {
                document.add(new Field(PracticeFields.text(text.getKey(), content.language()), text.getValue(), TEXT));
            }
        }
        java.util.Set<Language> written = java.util.EnumSet.of(content.language());
        content.translations().keySet().forEach(written::add);
        written.forEach(language -> document.add(new StoredField(PracticeFields.TEXT_LANGUAGES, language.code())));
        for (Translation translation : content.translations().values()) {
            document.add(new Field(PracticeFields.text("title", translation.language()), translation.title(), TEXT));
            if (translation.summary() != null && !translation.summary().isBlank()) {
                document.add(new Field(PracticeFields.text("summary", translation.language()), translation.summary(),
                        TEXT));
            }
        }

        document.add(new SortedSetDocValuesFacetField(PracticeFields.MUNICIPALITY, practice.municipality()));
        document.add(new SortedSetDocValuesFacetField(PracticeFields.LANGUAGE, content.language().code()));
        for (String theme : content.themes()) {
            document.add(new StringField(PracticeFields.THEME, theme, Field.Store.NO));
            document.add(new StoredField(PracticeFields.THEMES, theme));
            document.add(new SortedSetDocValuesFacetField(PracticeFields.THEME, theme));
        }
        content.targetGroups().stream().filter(group -> group != null && !group.isBlank()).distinct()
                .forEach(group -> document.add(new SortedSetDocValuesFacetField(PracticeFields.TARGET_GROUP, group)));
        content.linesOfWork().stream().distinct().forEach(line -> document.add(
                new SortedSetDocValuesFacetField(PracticeFields.LINE_OF_WORK, String.valueOf(line))));
        try {
            return facets.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(PracticeContent content) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", content.title());
        texts.put("summary", content.summary());
        texts.put("purpose", content.purpose());
        texts.put("rationale", content.rationale());
        texts.put("approach", content.approach());
        texts.put("whatWorked", content.whatWorked());
        texts.put("whatDidNot", content.whatDidNot());
        texts.put("results", content.results());
        texts.put("targetGroups", String.join("\n", content.targetGroups()));
        return texts;
    }

    static Language languageOf(String code) {
        return Language.ofCode(code);
    }
}
