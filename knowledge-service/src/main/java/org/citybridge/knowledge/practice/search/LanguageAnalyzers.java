package org.citybridge.knowledge.practice.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.citybridge.knowledge.practice.Language;

/**
 * One analyzer per language: Lucene's own for Dutch (Snowball), German (normalisation and light
 * stemmer), English (Porter) and French (elision and light stemmer), each followed by ASCII folding, so
 * that "café" and "cafe" are one word whatever the stemmer did with the accent. A text field of a
 * practice exists once per language ({@code title_nl}, {@code title_de}, ...) and is analysed with
 * that language's analyzer, at index and at query time.
 */
final class LanguageAnalyzers {

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer perField;

    LanguageAnalyzers() {
        byLanguage.put(Language.NL, folding(new DutchAnalyzer()));
        byLanguage.put(Language.DE, folding(new GermanAnalyzer()));
        byLanguage.put(Language.EN, folding(new EnglishAnalyzer()));
        byLanguage.put(Language.FR, folding(new FrenchAnalyzer()));
        Map<String, Analyzer> fields = new HashMap<>();
        for (Language language : Language.values()) {
            for (String field : PracticeFields.TEXT) {
                fields.put(PracticeFields.text(field, language), byLanguage.get(language));
            }
        }
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    Analyzer of(Language language) {
        return byLanguage.get(language);
    }

    /** Picks each field's language analyzer by the field's name: for the writer and the highlighter. */
    Analyzer perField() {
        return perField;
    }

    static Analyzer folding(Analyzer language) {
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream folded = new ASCIIFoldingFilter(components.getTokenStream());
                return new TokenStreamComponents(components.getSource(), folded);
            }

            @Override
            protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(in);
            }
        };
    }
}
