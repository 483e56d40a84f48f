package org.citybridge.knowledge.practice.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.theme.Theme;
import org.citybridge.knowledge.theme.ThemeVocabulary;

/**
 * What makes the search cross languages: a query that says a theme in any language ("Ehrenamt") finds
 * the practices tagged with that theme, whatever language they are written in. A theme's label or
 * keyword matches when all its words, stemmed in that language, are among the query's words stemmed
 * the same way.
 */
final class ThemeMatcher {

    private record Phrase(String theme, Language language, Set<String> terms) {
    }

    private final LanguageAnalyzers analyzers;
    private final List<Phrase> phrases = new ArrayList<>();

    ThemeMatcher(ThemeVocabulary vocabulary, LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
        for (Theme theme : vocabulary.all()) {
            for (Language language : Language.values()) {
                for (String phrase : theme.phrases(language.code())) {
                    Set<String> terms = terms(analyzers.of(language), phrase);
                    if (!terms.isEmpty()) {
                        phrases.add(new Phrase(theme.code(), language, terms));
                    }
                }
            }
        }
    }

    /** The codes of the themes the query names, in any of {@code languages}. */
    Set<String> themesIn(String query, Set<Language> languages) {
        Set<String> found = new LinkedHashSet<>();
        for (Language language : languages) {
            Set<String> queryTerms = terms(analyzers.of(language), query);
            for (Phrase phrase : phrases) {
                if (phrase.language() == language && queryTerms.containsAll(phrase.terms())) {
                    found.add(phrase.theme());
                }
            }
        }
        return found;
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("theme", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
