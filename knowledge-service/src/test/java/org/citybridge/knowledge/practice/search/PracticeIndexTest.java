package org.citybridge.knowledge.practice.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.store.AlreadyClosedException;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.practice.Translation;
import org.citybridge.knowledge.practice.search.SearchQuery.SearchOrder;
import org.citybridge.knowledge.practice.search.SearchResult.FacetCount;
import org.citybridge.knowledge.practice.search.SearchResult.Hit;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index on its own, in memory, fed by a stand-in for the practices' store: what a search
 * finds, counts, orders, pages and marks, and how the index follows a practice that changes or goes.
 */
class PracticeIndexTest {

    private static final ThemeVocabulary VOCABULARY = new ThemeVocabulary();

    private final PracticeService practices = mock(PracticeService.class);
    private final List<Practice> stored = new ArrayList<>();
    private PracticeIndex index;

    private Practice weekendschool;
    private Practice vrijwilligers;
    private Practice sprachcafe;
    private Practice antwerpenDraft;

    @BeforeEach
    void store() {
        weekendschool = published(Practice.draftWithId("weekendschool", "antwerpen", content("Weekendschool",
                "Jongeren leren op zaterdag van vrijwillige docenten.", Language.NL, List.of("education"),
                List.of("jongeren"), List.of(2), Map.of(Language.EN, new Translation(Language.EN, "Weekend school",
                        "Young people learn on Saturdays."))), Visibility.NETWORK, Set.of(), "o"));
        vrijwilligers = published(Practice.draftWithId("vrijwilligers", "almelo", content("Maatjes in Almelo",
                "Vrijwilligers begeleiden nieuwkomers bij hun eerste stappen.", Language.NL, List.of("volunteering"),
                List.of("nieuwkomers"), List.of(1), Map.of()), Visibility.PUBLIC, Set.of(), "o"));
        sprachcafe = published(Practice.draftWithId("sprachcafe", "muenster", content("Sprachcafé",
                "Ehrenamtliche treffen Neuzugewanderte zum Gespräch.", Language.DE, List.of("language"),
                List.of("Neuzugewanderte"), List.of(), Map.of()), Visibility.PRIVATE, Set.of("bridge"), "o"));
        antwerpenDraft = Practice.draftWithId("draft", "antwerpen", content("Weekendschool concept",
                "Nog niet klaar.", Language.NL, List.of("education"), List.of(), List.of(), Map.of()),
                Visibility.NETWORK, Set.of(), "o");
        stored.addAll(List.of(weekendschool, vrijwilligers, sprachcafe, antwerpenDraft));
        doAnswer(call -> {
            Consumer<List<Practice>> batch = call.getArgument(1);
            batch.accept(List.copyOf(stored));
            return null;
        }).when(practices).forEachForIndex(anyInt(), any());
        index = new PracticeIndex(practices, VOCABULARY, new SearchProperties(null, 100));
        index.rebuild();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aRebuildIndexesEveryStoredPracticeAndSaysWhenItStarted() {
        Instant before = Instant.now();
        index.rebuild();

        assertThat(index.rebuiltFrom()).isAfterOrEqualTo(before);
        assertThat(ids(search("", "antwerpen", Set.of()))).containsExactlyInAnyOrder("weekendschool",
                "vrijwilligers", "draft");
    }

    @Test
    void aBlankSearchListsWhatTheCallerMaySeeWithTotalAndFacets() {
        SearchResult result = search(" ", "almelo", Set.of("bridge"));

        assertThat(ids(result)).containsExactlyInAnyOrder("weekendschool", "vrijwilligers", "sprachcafe");
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.page()).isZero();
        assertThat(result.size()).isEqualTo(10);
        assertThat(result.facets().keySet()).containsExactly("municipality", "theme", "targetGroup", "language",
                "lineOfWork");
        assertThat(result.facets().get("municipality")).containsExactlyInAnyOrder(new FacetCount("antwerpen", 1),
                new FacetCount("almelo", 1), new FacetCount("muenster", 1));
        assertThat(result.facets().get("language")).containsExactlyInAnyOrder(new FacetCount("nl", 2),
                new FacetCount("de", 1));
        assertThat(result.facets().get("lineOfWork")).containsExactlyInAnyOrder(new FacetCount("1", 1),
                new FacetCount("2", 1));
        assertThat(result.items()).allSatisfy(hit -> assertThat(hit.snippets()).isEmpty());
    }

    @Test
    void anonymousVisitorsFindPublishedPublicPracticesOnly() {
        SearchResult result = index.search(query("", List.of(), SearchOrder.RELEVANCE, 0, 10), null, true, Set.of());

        assertThat(ids(result)).containsExactly("vrijwilligers");
        assertThat(result.facets().get("municipality")).containsExactly(new FacetCount("almelo", 1));
    }

    @Test
    void aHitCarriesWhatTheListShowsAndTheMatchedWordsMarked() {
        SearchResult result = search("zaterdag", "almelo", Set.of());

        Hit hit = single(result);
        assertThat(hit.id()).isEqualTo("weekendschool");
        assertThat(hit.title()).isEqualTo("Weekendschool");
        assertThat(hit.summary()).isEqualTo("Jongeren leren op zaterdag van vrijwillige docenten.");
        assertThat(hit.municipality()).isEqualTo("antwerpen");
        assertThat(hit.language()).isEqualTo("nl");
        assertThat(hit.themes()).containsExactly("education");
        assertThat(hit.publishedAt()).isEqualTo(weekendschool.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(hit.snippets()).containsEntry("summary",
                "Jongeren leren op <mark>zaterdag</mark> van vrijwillige docenten.");
    }

    @Test
    void aTranslationIsFoundInItsLanguageAndMarkedThere() {
        Hit hit = single(search("saturdays", "almelo", Set.of()));

        assertThat(hit.id()).isEqualTo("weekendschool");
        assertThat(hit.snippets()).containsEntry("summary", "Young people learn on <mark>Saturdays</mark>.");
    }

    @Test
    void allWordsMustMatch() {
        assertThat(ids(search("zaterdag docenten", "almelo", Set.of()))).containsExactly("weekendschool");
        assertThat(ids(search("zaterdag nieuwkomers", "almelo", Set.of()))).isEmpty();
    }

    @Test
    void aThemeNamedInAnyLanguageFindsThePracticesTaggedWithIt() {
        assertThat(ids(search("Ehrenamt", "almelo", Set.of()))).as("German for volunteering")
                .containsExactly("vrijwilligers");
        assertThat(ids(search("bénévolat", "almelo", Set.of()))).containsExactly("vrijwilligers");
    }

    @Test
    void aThemeWithMoreWordsFindsOnlyTaggedPracticesThatAlsoSayThem() {
        assertThat(ids(search("volunteering Almelo", "antwerpen", Set.of()))).containsExactly("vrijwilligers");
        assertThat(ids(search("volunteering Antwerpen", "antwerpen", Set.of()))).isEmpty();
    }

    @Test
    void aQueryOfStopWordsOnlyFindsNothing() {
        SearchResult result = search("de het", "almelo", Set.of());

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isZero();
    }

    @Test
    void facetsDrillDownWithinTheVisibleOnes() {
        SearchQuery byCity = new SearchQuery("", List.of("almelo", "antwerpen"), null, null, null, null, null, 0, 10,
                null);
        assertThat(ids(index.search(byCity, "almelo", false, Set.of("bridge"))))
                .containsExactlyInAnyOrder("weekendschool", "vrijwilligers");

        SearchQuery byTheme = new SearchQuery("", null, List.of("language", " "), null, null, null, null, 0, 10, null);
        assertThat(ids(index.search(byTheme, "almelo", false, Set.of("bridge")))).containsExactly("sprachcafe");
        assertThat(ids(index.search(byTheme, "almelo", false, Set.of()))).isEmpty();

        SearchQuery byGroupAndLine = new SearchQuery("", null, null, List.of("jongeren"), List.of("nl"), List.of("2"),
                null, 0, 10, null);
        assertThat(ids(index.search(byGroupAndLine, "almelo", false, Set.of()))).containsExactly("weekendschool");
    }

    @Test
    void byDateTheLatestPublishedComesFirst() {
        SearchResult result = index.search(query("", List.of(), SearchOrder.DATE, 0, 10), "almelo", false,
                Set.of("bridge"));

        assertThat(ids(result)).containsExactly("sprachcafe", "vrijwilligers", "weekendschool");
    }

    @Test
    void pagesFollowEachOtherAndStopAtTheWindow() {
        SearchResult first = index.search(query("", List.of(), SearchOrder.DATE, 0, 2), "almelo", false,
                Set.of("bridge"));
        SearchResult second = index.search(query("", List.of(), SearchOrder.DATE, 1, 2), "almelo", false,
                Set.of("bridge"));
        SearchResult beyond = index.search(query("", List.of(), SearchOrder.DATE, 5, 2), "almelo", false,
                Set.of("bridge"));

        assertThat(ids(first)).containsExactly("sprachcafe", "vrijwilligers");
        assertThat(ids(second)).containsExactly("weekendschool");
        assertThat(second.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(index.search(query("", List.of(), SearchOrder.DATE, 9, 10), "almelo", false, Set.of()).items())
                .as("page × size up to the window is allowed").isEmpty();
        assertThatThrownBy(() -> index.search(query("", List.of(), SearchOrder.DATE, 10, 10), "almelo", false,
                Set.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    }

    @Test
    void onlyTheAskedLanguagesAreSearched() {
        assertThat(ids(index.search(query("saturdays", List.of(Language.NL), SearchOrder.RELEVANCE, 0, 10), "almelo",
                false, Set.of()))).isEmpty();
        assertThat(ids(index.search(query("saturdays", List.of(Language.EN), SearchOrder.RELEVANCE, 0, 10), "almelo",
                false, Set.of()))).containsExactly("weekendschool");
    }

    @Test
    void aRefreshIndexesThePracticeAsStoredNow() {
        vrijwilligers.revise(content("Buddy's in Almelo", "Vrijwilligers koppelen aan statushouders.", Language.NL,
                List.of("volunteering"), List.of(), List.of(), Map.of()), null, null, "o");
        when(practices.findForIndex("vrijwilligers")).thenReturn(Optional.of(vrijwilligers));

        index.refresh("vrijwilligers");
        index.refresh("vrijwilligers");

        assertThat(ids(search("statushouders", "antwerpen", Set.of()))).containsExactly("vrijwilligers");
        assertThat(ids(search("maatjes", "antwerpen", Set.of()))).isEmpty();
        assertThat(search("", "antwerpen", Set.of()).total()).isEqualTo(3);
    }

    @Test
    void aRefreshOfAPracticeThatIsGoneRemovesIt() {
        when(practices.findForIndex("vrijwilligers")).thenReturn(Optional.empty());

        index.refresh("vrijwilligers");

        assertThat(ids(search("", "antwerpen", Set.of()))).containsExactlyInAnyOrder("weekendschool", "draft");
    }

    @Test
    void aLongTextIsShortenedAroundTheMatchedWord() {
        String filler = "een lange zin over het werk in de wijk zonder het gezochte woord erin ".repeat(8);
        Practice longOne = published(Practice.draftWithId("long", "almelo", content("Lang verhaal",
                filler + "en hier staat eindelijk de buurtsportcoach die iedereen zoekt " + filler + ".", Language.NL,
                List.of(), List.of(), List.of(), Map.of()), Visibility.NETWORK, Set.of(), "o"));
        when(practices.findForIndex("long")).thenReturn(Optional.of(longOne));
        index.refresh("long");

        String snippet = single(search("buurtsportcoach", "antwerpen", Set.of())).snippets().get("summary");

        assertThat(snippet).contains("<mark>buurtsportcoach</mark>").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isLessThanOrEqualTo(240 + 2);
    }

    @Test
    void theSearchServiceAsksTheIndexWithTheCallersCityAndGroups() {
        when(practices.groupsOf(any())).thenReturn(Set.of("bridge"));
        PracticeSearch search = new PracticeSearch(index, practices);

        assertThat(ids(search.search(new org.citybridge.platform.tenancy.Caller("jan", "almelo", Set.of()),
                query("", List.of(), SearchOrder.RELEVANCE, 0, 10)))).containsExactlyInAnyOrder("weekendschool",
                        "vrijwilligers", "sprachcafe");
        assertThat(ids(search.searchPublic(query("", List.of(), SearchOrder.RELEVANCE, 0, 10))))
                .containsExactly("vrijwilligers");
    }

    @Test
    void eachFacetAloneNarrowsTheListOrWithinADimension() {
        assertThat(ids(index.search(drill(null, List.of("nieuwkomers"), null, null), "almelo", false, Set.of())))
                .containsExactly("vrijwilligers");
        assertThat(ids(index.search(drill(null, null, List.of("de"), null), "almelo", false, Set.of("bridge"))))
                .containsExactly("sprachcafe");
        assertThat(ids(index.search(drill(null, null, null, List.of("1")), "almelo", false, Set.of("bridge"))))
                .containsExactly("vrijwilligers");
        assertThat(ids(index.search(drill(null, null, null, List.of("1", "2")), "almelo", false, Set.of("bridge"))))
                .containsExactlyInAnyOrder("vrijwilligers", "weekendschool");
        assertThat(ids(index.search(drill(List.of("education"), null, null, null), "almelo", false, Set.of())))
                .containsExactly("weekendschool");
    }

    @Test
    void aDimensionNoHitHasIsListedEmpty() {
        SearchResult result = search("Gespräch", "almelo", Set.of("bridge"));

        assertThat(ids(result)).containsExactly("sprachcafe");
        assertThat(result.facets()).containsEntry("lineOfWork", List.of());
        assertThat(result.facets().get("theme")).containsExactly(new FacetCount("language", 1));
    }

    @Test
    void anEmptyIndexAnswersNoHitsAndEmptyFacets() throws Exception {
        stored.clear();
        try (PracticeIndex empty = new PracticeIndex(practices, VOCABULARY, new SearchProperties(null, null))) {
            empty.rebuild();
            SearchResult result = empty.search(query("", List.of(), SearchOrder.RELEVANCE, 0, 10), "almelo", false,
                    Set.of());

            assertThat(result.items()).isEmpty();
            assertThat(result.total()).isZero();
            assertThat(result.facets()).containsOnlyKeys("municipality", "theme", "targetGroup", "language",
                    "lineOfWork").allSatisfy((dimension, values) -> assertThat(values).isEmpty());
        }
    }

    @Test
    void anIndexDirectoryKeepsTheIndexOnDisk(@TempDir Path directory) throws Exception {
        try (PracticeIndex onDisk = new PracticeIndex(practices, VOCABULARY,
                new SearchProperties(directory.toString(), null))) {
            onDisk.rebuild();

            try (var files = Files.list(directory)) {
                assertThat(files).isNotEmpty();
            }
            assertThat(ids(onDisk.search(query("zaterdag", List.of(), SearchOrder.RELEVANCE, 0, 10), "almelo",
                    false, Set.of()))).containsExactly("weekendschool");
        }
    }

    @Test
    void aClosedIndexSearchesNoMore() throws Exception {
        index.close();
        assertThatThrownBy(() -> search("", "almelo", Set.of())).isInstanceOf(AlreadyClosedException.class);
        index = new PracticeIndex(practices, VOCABULARY, new SearchProperties(null, 100));
    }

    @Test
    void aTranslatedTitleIsSearchedInItsLanguage() {
        assertThat(ids(index.search(query("weekend", List.of(Language.EN), SearchOrder.RELEVANCE, 0, 10), "almelo",
                false, Set.of()))).containsExactly("weekendschool");
    }

    @Test
    void aWordIsFoundByItsBeginning() {
        assertThat(ids(search("zater*", "almelo", Set.of()))).containsExactly("weekendschool");
    }

    @Test
    void byDateAPublishedPracticeCountsFromItsPublishingAndADraftFromItsLastChange() {
        weekendschool.revise(weekendschool.content(), null, null, "o");
        Practice newerDraft = Practice.draftWithId("newer-draft", "antwerpen", content("Later concept", "x",
                Language.NL, List.of(), List.of(), List.of(), Map.of()), Visibility.NETWORK, Set.of(), "o");
        when(practices.findForIndex("weekendschool")).thenReturn(Optional.of(weekendschool));
        when(practices.findForIndex("newer-draft")).thenReturn(Optional.of(newerDraft));
        index.refresh("weekendschool");
        index.refresh("newer-draft");

        SearchResult result = index.search(query("", List.of(), SearchOrder.DATE, 0, 10), "antwerpen", false,
                Set.of());

        assertThat(ids(result)).containsExactly("newer-draft", "draft", "vrijwilligers", "weekendschool");
    }

    @Test
    void aPracticeWithSeveralThemesGroupsAndLinesCountsInEach() {
        Practice many = published(Practice.draftWithId("many", "almelo", content("Veel", "x", Language.NL,
                List.of("education", "work"), List.of("jongeren", " ", "ouders", "jongeren"), List.of(1, 3, 1),
                Map.of()), Visibility.NETWORK, Set.of(), "o"));
        when(practices.findForIndex("many")).thenReturn(Optional.of(many));
        index.refresh("many");

        SearchResult result = index.search(drill(null, null, null, List.of("3")), "antwerpen", false, Set.of());

        assertThat(ids(result)).containsExactly("many");
        assertThat(result.facets().get("theme")).containsExactlyInAnyOrder(new FacetCount("education", 1),
                new FacetCount("work", 1));
        assertThat(result.facets().get("targetGroup")).containsExactlyInAnyOrder(new FacetCount("jongeren", 1),
                new FacetCount("ouders", 1));
        assertThat(result.facets().get("lineOfWork")).containsExactlyInAnyOrder(new FacetCount("1", 1),
                new FacetCount("3", 1));
    }

    @Test
    void aSnippetOfExactlyTheLengthIsKeptWhole() {
        String text = "x ".repeat(60) + "buurtsportcoach" + " x".repeat(46);
        assertThat(("<mark></mark>" + text).length()).isEqualTo(240);

        assertThat(snippetOf(text)).isEqualTo("x ".repeat(60) + "<mark>buurtsportcoach</mark>" + " x".repeat(46));
    }

    @Test
    void aSnippetStartsAtAWordAfterTheEllipsis() {
        String text = "alpha beta gamma delta ".repeat(12) + "buurtsportcoach" + " epsilon".repeat(40) + ".";

        String snippet = snippetOf(text);

        assertThat(snippet).startsWith("…").endsWith("…");
        assertThat(text).contains(" " + snippet.substring(1, 30));
    }

    @Test
    void aMatchNearTheStartOrEndNeedsNoEllipsisThere() {
        String early = "buurtsportcoach" + " epsilon".repeat(60) + ".";
        assertThat(snippetOf(early)).startsWith("<mark>buurtsportcoach</mark>").endsWith("…");

        String late = "alpha beta gamma delta ".repeat(20) + "buurtsportcoach in de wijk.";
        assertThat(snippetOf(late)).startsWith("…").endsWith("<mark>buurtsportcoach</mark> in de wijk.");
    }

    @Test
    void aSnippetNeverEndsInsideAMarkedWord() {
        String text = "x ".repeat(100) + "buurtsportcoach " + "x ".repeat(58) + "buurtsportcoach" + " x".repeat(100);

        String snippet = snippetOf(text);

        assertThat(snippet).endsWith("<mark>buurtsportcoach</mark>…");
        assertThat(snippet.split("<mark>", -1)).hasSize(3);
        assertThat(snippet.split("</mark>", -1)).hasSize(3);
    }

    @Test
    void aWordInTheTitleRanksBeforeTheSameWordInTheApproach() {
        Practice inApproach = published(Practice.draftWithId("in-approach", "almelo", new PracticeContent("Iets anders",
                null, null, null, "Met een buurtsportcoach.", null, null, List.of(), null, List.of(), List.of(),
                List.of(), Language.NL, Map.of(), null), Visibility.NETWORK, Set.of(), "o"));
        Practice inTitle = published(Practice.draftWithId("in-title", "almelo", content("Buurtsportcoach", null,
                Language.NL, List.of(), List.of(), List.of(), Map.of()), Visibility.NETWORK, Set.of(), "o"));
        when(practices.findForIndex("in-approach")).thenReturn(Optional.of(inApproach));
        when(practices.findForIndex("in-title")).thenReturn(Optional.of(inTitle));
        index.refresh("in-approach");
        index.refresh("in-title");

        assertThat(ids(search("buurtsportcoach", "antwerpen", Set.of()))).containsExactly("in-title", "in-approach");
    }

    @Test
    void searchingAgainOnAnUnchangedIndexCountsTheSame() {
        SearchResult first = search("", "almelo", Set.of());
        SearchResult again = search("", "almelo", Set.of());

        assertThat(again.facets()).isEqualTo(first.facets());
        assertThat(again.facets().get("municipality")).isNotEmpty();
    }

    private String snippetOf(String summary) {
        Practice practice = published(Practice.draftWithId("snippet", "almelo", content("Snippet", summary,
                Language.NL, List.of(), List.of(), List.of(), Map.of()), Visibility.NETWORK, Set.of(), "o"));
        when(practices.findForIndex("snippet")).thenReturn(Optional.of(practice));
        index.refresh("snippet");
        return single(search("buurtsportcoach", "antwerpen", Set.of())).snippets().get("summary");
    }

    private static SearchQuery drill(List<String> themes, List<String> targetGroups, List<String> languages,
            List<String> lines) {
        return new SearchQuery("", null, themes, targetGroups, languages, lines, null, 0, 10, null);
    }

    private SearchResult search(String text, String municipality, Set<String> groups) {
        return index.search(query(text, List.of(), SearchOrder.RELEVANCE, 0, 10), municipality, false, groups);
    }

    private static SearchQuery query(String text, List<Language> languages, SearchOrder order, int page, int size) {
        return new SearchQuery(text, null, null, null, null, null, order, page, size, languages);
    }

    private static List<String> ids(SearchResult result) {
        return result.items().stream().map(Hit::id).toList();
    }

    private static Hit single(SearchResult result) {
        assertThat(result.items()).hasSize(1);
        assertThat(result.total()).isOne();
        return result.items().get(0);
    }

    /** Published, a millisecond apart, so that the order by date is the order of publishing here. */
    private static Practice published(Practice practice) {
        Instant before = Instant.now();
        practice.publish("o");
        while (!Instant.now().isAfter(before.plusMillis(1))) {
            Thread.onSpinWait();
        }
        return practice;
    }

    private static PracticeContent content(String title, String summary, Language language, List<String> themes,
            List<String> targetGroups, List<Integer> lines, Map<Language, Translation> translations) {
        return new PracticeContent(title, summary, null, null, null, null, null, targetGroups, null, List.of(), themes,
                lines, language, translations, null);
    }
}
