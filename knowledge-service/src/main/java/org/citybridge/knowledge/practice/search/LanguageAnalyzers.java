package org.citybridge.knowledge.practice.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.citybridge.knowledge.practice.Language;

/**
 * One analyzer per language, in the chains of Lucene's own language analyzers: Dutch (Snowball),
 * German (normalisation and light stemmer), English (possessives, Porter) and French (elision, light
 * stemmer). Each folds accents to ASCII right before stemming, so that "café" and "cafe" reach the
 * stemmer as one word and leave it as one term. A text field of a practice exists once per language
 * ({@code title_nl}, {@code title_de}, ...) and is analysed with that language's analyzer, at index and
 * at query time.
 */
final class LanguageAnalyzers {

    private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
    private final Analyzer perField;

    LanguageAnalyzers() {
        for (Language language : Language.values()) {
            byLanguage.put(language, new LanguageAnalyzer(language));
        }
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

    private static final class LanguageAnalyzer extends Analyzer {

        private final Language language;

        LanguageAnalyzer(Language language) {
            this.language = language;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            switch (language) {
                case NL -> {
                    stream = new StopFilter(new LowerCaseFilter(stream), DutchAnalyzer.getDefaultStopSet());
                    stream = new SnowballFilter(new ASCIIFoldingFilter(stream), new DutchStemmer());
                }
                case DE -> {
                    stream = new StopFilter(new LowerCaseFilter(stream), GermanAnalyzer.getDefaultStopSet());
                    stream = new ASCIIFoldingFilter(new GermanNormalizationFilter(stream));
                    stream = new GermanLightStemFilter(stream);
                }
                case EN -> {
                    stream = new LowerCaseFilter(new EnglishPossessiveFilter(stream));
                    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    stream = new PorterStemFilter(new ASCIIFoldingFilter(stream));
                }
                case FR -> {
                    stream = new LowerCaseFilter(new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES));
                    stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                    stream = new FrenchLightStemFilter(new ASCIIFoldingFilter(stream));
                }
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
