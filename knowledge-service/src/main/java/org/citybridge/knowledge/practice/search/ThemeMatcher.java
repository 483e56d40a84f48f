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

    /**
     * A theme the query names, and the rest of the query: the words that are not part of the theme's
     * phrase, which a practice found through the theme must still match.
     */
    record ThemeMatch(String theme, String remainder) {
    }

    /** The themes the query names, in any of {@code languages}. */
    List<ThemeMatch> matches(String query, Set<Language> languages) {
        List<ThemeMatch> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String[] words = query.trim().split("\\s+");
        for (Language language : languages) {
            Analyzer analyzer = analyzers.of(language);
            Set<String> queryTerms = terms(analyzer, query);
            for (Phrase phrase : phrases) {
                if (phrase.language() == language && queryTerms.containsAll(phrase.terms())) {
                    StringBuilder remainder = new StringBuilder();
                    for (String word : words) {
                        Set<String> wordTerms = terms(analyzer, word);
                        if (!wordTerms.isEmpty() && !phrase.terms().containsAll(wordTerms)) {
                            remainder.append(remainder.isEmpty() ? "" : " ").append(word);
                        }
                    }
                    if (seen.add(phrase.theme() + "|" + remainder)) {
                        found.add(new ThemeMatch(phrase.theme(), remainder.toString()));
                    }
                }
            }
        }
        return found;
    }

    /** The codes of the themes the query names, in any of {@code languages}. */
    Set<String> themesIn(String query, Set<Language> languages) {
        Set<String> codes = new LinkedHashSet<>();
        matches(query, languages).forEach(match -> codes.add(match.theme()));
        return codes;
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
