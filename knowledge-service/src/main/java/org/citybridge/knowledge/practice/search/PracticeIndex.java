package org.citybridge.knowledge.practice.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's full-text index of practices (Apache Lucene). It is nobody's source of truth: it is
 * rebuilt from MongoDB on start ({@link #rebuild()}) and then kept current practice by practice
 * ({@link #refresh(String)}) from the practices' events, so every instance fed by the same events
 * answers the same. Each search carries the caller's {@link VisibilityFilter} inside the query, so what
 * the caller may not see is never a hit, nor in the total or a facet count.
 */
public class PracticeIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PracticeIndex.class);
    private static final int REBUILD_BATCH = 500;
    private static final int FACET_VALUES = 50;
    private static final int SNIPPET_LENGTH = 240;
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private final PracticeService practices;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final ThemeMatcher themes;
    private final FacetsConfig facetsConfig = PracticeDocuments.facetsConfig();
    private final PracticeDocuments documents = new PracticeDocuments(facetsConfig);
    private final int maxWindow;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** One practice is indexed by one thread at a time, each reading it afresh: the last write is the latest state. */
    private final Object[] practiceLocks = new Object[64];
    private volatile FacetState facetState;
    private volatile Instant rebuiltFrom = Instant.now();

    public PracticeIndex(PracticeService practices, ThemeVocabulary vocabulary, SearchProperties properties) {
        this.practices = practices;
        this.themes = new ThemeMatcher(vocabulary, analyzers);
        this.maxWindow = properties.maxWindow();
        java.util.Arrays.setAll(practiceLocks, i -> new Object());
        try {
            this.directory = properties.indexDirectory() == null || properties.indexDirectory().isBlank()
                    ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(properties.indexDirectory()));
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the practice index", e);
        }
    }

    /** Indexes every stored practice afresh; events since {@link #rebuiltFrom()} are applied again after. */
    public void rebuild() {
        Instant started = Instant.now();
        try {
            writer.deleteAll();
            long[] count = {0};
            practices.forEachForIndex(REBUILD_BATCH, batch -> {
                add(batch);
                count[0] += batch.size();
            });
            writer.commit();
            searchers.maybeRefreshBlocking();
            rebuiltFrom = started;
            log.info("Practice index rebuilt: {} practices in {} ms", count[0],
                    java.time.Duration.between(started, Instant.now()).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the practice index", e);
        }
    }

    /** Adds practices without looking for older copies: for the rebuild, which starts from an empty index. */
    void add(List<Practice> batch) {
        try {
            writer.addDocuments(batch.stream().map(documents::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the last rebuild started reading MongoDB: changes since may be missing until their events arrive. */
    public Instant rebuiltFrom() {
        return rebuiltFrom;
    }

    /** Indexes the practice as stored now, or removes it when it is gone; repeating it changes nothing. */
    public void refresh(String practiceId) {
        Term id = new Term(PracticeFields.ID, practiceId);
        // Read inside the lock: a thread that read an older state cannot write it over a newer one.
        synchronized (practiceLocks[Math.floorMod(practiceId.hashCode(), practiceLocks.length)]) {
            try {
                var practice = practices.findForIndex(practiceId);
                if (practice.isPresent()) {
                    writer.updateDocument(id, documents.of(practice.get()));
                } else {
                    writer.deleteDocuments(id);
                }
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot index practice " + practiceId, e);
            }
        }
    }

    /**
     * @param municipality the caller's city (null for the admin and anonymous callers)
     * @param groups       the bridge groups of the caller's city
     */
    public SearchResult search(SearchQuery query, String municipality, boolean anonymous, Set<String> groups) {
        if ((long) (query.page() + 1) * query.size() > maxWindow) {
            throw new IllegalArgumentException("page × size may not go beyond " + maxWindow + " results");
        }
        Query text = textQuery(query);
        Query visible = new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(VisibilityFilter.of(municipality, anonymous, groups), Occur.FILTER).build();
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, visible);
        drill(drillDown, PracticeFields.MUNICIPALITY, query.municipality());
        drill(drillDown, PracticeFields.THEME, query.theme());
        drill(drillDown, PracticeFields.TARGET_GROUP, query.targetGroup());
        drill(drillDown, PracticeFields.LANGUAGE, query.language());
        drill(drillDown, PracticeFields.LINE_OF_WORK, query.lineOfWork());

        int wanted = (query.page() + 1) * query.size();
        IndexSearcher searcher = acquire();
        try {
            // By relevance, ties by index order: scoring alone is cheaper than a sort with a score in it.
            FacetsCollectorManager.FacetsResult result = query.order() == SearchQuery.SearchOrder.DATE
                    ? FacetsCollectorManager.search(searcher, drillDown, wanted, byDate(), true,
                            new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, drillDown, wanted, new FacetsCollectorManager());
            FacetsCollector collected = result.facetsCollector();
            long total = collected.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
            ScoreDoc[] scoreDocs = result.topDocs().scoreDocs;
            int from = Math.min(query.page() * query.size(), scoreDocs.length);
            int[] docIds = new int[scoreDocs.length - from];
            for (int i = from; i < scoreDocs.length; i++) {
                docIds[i - from] = scoreDocs[i].doc;
            }
            StoredFields stored = searcher.storedFields();
            List<Document> documents = new ArrayList<>();
            java.util.Set<Language> written = java.util.EnumSet.noneOf(Language.class);
            for (int docId : docIds) {
                Document document = stored.document(docId);
                documents.add(document);
                for (String code : document.getValues(PracticeFields.TEXT_LANGUAGES)) {
                    written.add(Language.ofCode(code));
                }
            }
            written.retainAll(query.languages());
            String[] fields = highlighted(written);
            Map<String, String[]> highlights = isBlank(query.text()) || docIds.length == 0 || fields.length == 0
                    ? Map.of() : highlighter(searcher).highlightFields(fields, text, docIds, maxPassages(fields));
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                hits.add(hit(documents.get(i), snippets(fields, highlights, i)));
            }
            return new SearchResult(hits, query.page(), query.size(), total, facets(searcher, collected));
        } catch (IOException e) {
            throw new UncheckedIOException("Practice search failed", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The text in every asked language (all its words, each in any text field), or a theme it names
     * with the rest of its words: "Ehrenamt" finds the practices tagged volunteering in any language,
     * "volunteers Antwerp" those tagged volunteering that also say Antwerp.
     */
    private Query textQuery(SearchQuery query) {
        if (isBlank(query.text())) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        Query words = inLanguages(query.text(), query.languages());
        if (words != null) {
            any.add(words, Occur.SHOULD);
            clauses++;
        }
        for (ThemeMatcher.ThemeMatch match : themes.matches(query.text(), Set.copyOf(query.languages()))) {
            Query theme = new TermQuery(new Term(PracticeFields.THEME, match.theme()));
            if (!match.remainder().isBlank()) {
                Query rest = inLanguages(match.remainder(), query.languages());
                if (rest == null) {
                    continue;
                }
                theme = new BooleanQuery.Builder().add(theme, Occur.MUST).add(rest, Occur.MUST).build();
            }
            any.add(new BoostQuery(theme, 0.5f), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery("nothing searchable in the query") : any.build();
    }

    /** All words of the text in one of the languages' fields, or null when no language makes a term of it. */
    private Query inLanguages(String text, List<Language> languages) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Language language : languages) {
            Map<String, Float> weights = new LinkedHashMap<>();
            for (String field : PracticeFields.TEXT) {
                weights.put(PracticeFields.text(field, language), weight(field));
            }
            SimpleQueryParser parser = new SimpleQueryParser(analyzers.of(language), weights);
            parser.setDefaultOperator(Occur.MUST);
            Query parsed = parser.parse(text);
            if (parsed != null && !(parsed instanceof MatchNoDocsQuery)) {
                any.add(parsed, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    private static float weight(String field) {
        return switch (field) {
            case "title" -> 4f;
            case "summary" -> 2f;
            case "targetGroups" -> 1.5f;
            default -> 1f;
        };
    }

    private static void drill(DrillDownQuery query, String dimension, List<String> values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                query.add(dimension, value);
            }
        }
    }

    private static Sort byDate() {
        return new Sort(new SortField(PracticeFields.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxLength(20_000)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT))
                // Phrases are marked word by word: strict phrase highlighting rewrites the whole
                // four-language query per request and cost ten times the search itself.
                .withHighlightPhrasesStrictly(false)
                .build();
    }

    /** The text fields of these languages: a page of Dutch practices needs no German fields highlighted. */
    private static String[] highlighted(java.util.Set<Language> languages) {
        List<String> fields = new ArrayList<>();
        for (String field : PracticeFields.TEXT) {
            for (Language language : languages) {
                fields.add(PracticeFields.text(field, language));
            }
        }
        return fields.toArray(String[]::new);
    }

    private static int[] maxPassages(String[] fields) {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        return passages;
    }

    /** The first passage per text, whichever language it was found in. */
    private static Map<String, String> snippets(String[] fields, Map<String, String[]> highlights, int index) {
        Map<String, String> snippets = new LinkedHashMap<>();
        for (String field : fields) {
            String[] passages = highlights.get(field);
            String passage = passages == null ? null : passages[index];
            if (passage != null && passage.contains("<mark>")) {
                snippets.putIfAbsent(PracticeFields.base(field), shorten(passage));
            }
        }
        return snippets;
    }

    private static String shorten(String passage) {
        if (passage.length() <= SNIPPET_LENGTH) {
            return passage;
        }
        int mark = Math.max(0, passage.indexOf("<mark>") - SNIPPET_LENGTH / 3);
        int start = mark == 0 ? 0 : Math.max(passage.lastIndexOf(' ', mark) + 1, 0);
        int end = Math.min(passage.length(), start + SNIPPET_LENGTH);
        int close = passage.lastIndexOf("</mark>", end);
        int open = passage.lastIndexOf("<mark>", end);
        if (open > close) {
            end = Math.max(end, passage.indexOf("</mark>", open) + "</mark>".length());
        }
        int ampersand = passage.lastIndexOf('&', end);
        if (ampersand > passage.lastIndexOf(';', end)) {
            end = ampersand;
        }
        return (start > 0 ? "…" : "") + passage.substring(start, end) + (end < passage.length() ? "…" : "");
    }

    private static SearchResult.Hit hit(Document document, Map<String, String> snippets) {
        IndexableField published = document.getField(PracticeFields.PUBLISHED_AT);
        return new SearchResult.Hit(document.get(PracticeFields.ID), document.get(PracticeFields.TITLE),
                document.get(PracticeFields.SUMMARY), document.get(PracticeFields.MUNICIPALITY),
                document.get(PracticeFields.LANGUAGE), List.of(document.getValues(PracticeFields.THEMES)),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()), snippets);
    }

    private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetsCollector collected)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        PracticeFields.FACETS.forEach(dimension -> facets.put(dimension, List.of()));
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collected);
        for (String dimension : PracticeFields.FACETS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException notIndexedYet) {
                result = null;
            }
            if (result != null) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                for (LabelAndValue value : result.labelValues) {
                    values.add(new SearchResult.FacetCount(value.label, value.value.longValue()));
                }
                facets.put(dimension, values);
            }
        }
        return facets;
    }

    /** The facets' ordinals belong to one reader: built again only when the reader changed. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            log.warn("Cannot release a practice searcher: {}", e.getMessage());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
