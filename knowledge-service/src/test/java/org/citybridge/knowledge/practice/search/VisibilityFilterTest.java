package org.citybridge.knowledge.practice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search's visibility clause admits exactly what {@link Practice#visibleTo} admits. */
class VisibilityFilterTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<Practice> practices = List.of(
            published(Practice.draft("antwerpen", content("a private"), Visibility.PRIVATE, Set.of(), "o")),
            published(Practice.draft("antwerpen", content("a network"), Visibility.NETWORK, Set.of(), "o")),
            published(Practice.draft("antwerpen", content("a public"), Visibility.PUBLIC, Set.of(), "o")),
            Practice.draft("antwerpen", content("a public draft"), Visibility.PUBLIC, Set.of(), "o"),
            published(Practice.draft("muenster", content("m group"), Visibility.PRIVATE, Set.of("bridge"), "o")),
            Practice.draft("muenster", content("m group draft"), Visibility.PRIVATE, Set.of("bridge"), "o"),
            Practice.draft("almelo", content("own draft"), Visibility.PRIVATE, Set.of(), "o"));

    @BeforeEach
    void index() throws IOException {
        PracticeDocuments documents = new PracticeDocuments(PracticeDocuments.facetsConfig());
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new LanguageAnalyzers().perField()))) {
            for (Practice practice : practices) {
                writer.addDocument(documents.of(practice));
            }
        }
    }

    @Test
    void admitsWhatEachCallerMaySeeAndNothingElse() throws IOException {
        assertSameAsTheDomain("almelo", false, Set.of());
        assertSameAsTheDomain("almelo", false, Set.of("bridge"));
        assertSameAsTheDomain("antwerpen", false, Set.of());
        assertSameAsTheDomain(null, false, Set.of());
        assertSameAsTheDomain(null, true, Set.of());
        assertThat(visible("almelo", false, Set.of("bridge"))).contains("m group", "own draft")
                .doesNotContain("a private", "m group draft", "a public draft");
        assertThat(visible(null, true, Set.of())).containsExactly("a public");
    }

    private void assertSameAsTheDomain(String municipality, boolean anonymous, Set<String> groups) throws IOException {
        Set<String> expected = new HashSet<>();
        practices.stream().filter(practice -> practice.visibleTo(municipality, anonymous, groups))
                .forEach(practice -> expected.add(practice.content().title()));
        assertThat(visible(municipality, anonymous, groups)).as("%s %s %s", municipality, anonymous, groups)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private Set<String> visible(String municipality, boolean anonymous, Set<String> groups) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Set<String> titles = new HashSet<>();
            for (ScoreDoc hit : searcher.search(VisibilityFilter.of(municipality, anonymous, groups), 100).scoreDocs) {
                titles.add(searcher.storedFields().document(hit.doc).get(PracticeFields.TITLE));
            }
            return titles;
        }
    }

    private static Practice published(Practice practice) {
        practice.publish("o");
        return practice;
    }

    private static PracticeContent content(String title) {
        return new PracticeContent(title, null, null, null, null, null, null, List.of(), null, List.of(), List.of(),
                List.of(), Language.NL, Map.of(), null);
    }
}
