package org.citybridge.devstack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import io.netty.channel.Channel;

/**
 * H2 backend whose queries answer with snapshots of the stored documents, taken under the collection's lock.
 * <p>
 * mongo-java-server applies an update by changing the stored document object in place, and its queries hand out
 * those same objects: the reply is encoded, and an aggregation runs its stages, after the collection's lock is
 * released. A concurrent update of the same document then either breaks the encoding
 * ({@code ConcurrentModificationException}; the driver drops its whole connection pool and unrelated requests fail)
 * or, worse, lets a reader see half an update: a new {@code version} beside old fields, so a later conditional save
 * on that version succeeds and silently overwrites the update it never saw (seen as one waiting person promoted
 * twice under concurrent cancellations). A deep copy of each matching document, made while the lock is held, gives
 * every reader a consistent document that nobody changes afterwards; an update then changes its own copy and
 * stores it, leaving the objects earlier readers hold untouched.
 */
class SnapshotH2Backend extends H2Backend {

    // The names H2Database gives its maps (package-private there): the same names keep existing data files readable.
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    private static final String ID_FIELD = "_id";

    /**
     * The leading {@code $match} of the aggregation this thread is running. mongo-java-server starts every pipeline
     * from a copy of the whole collection (queryAllAsStream), so a count through the driver (an aggregation) read
     * every document even where an index could name the few candidates.
     */
    private static final ThreadLocal<LeadingMatch> LEADING_MATCH = new ThreadLocal<>();

    SnapshotH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        LeadingMatch leadingMatch = LeadingMatch.of(database, command, query);
        if (leadingMatch == null) {
            return super.handleCommand(channel, database, command, query);
        }
        LEADING_MATCH.set(leadingMatch);
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            LEADING_MATCH.remove();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new SnapshotDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens the stored collections (on a restart), before
     * a field of this class could be assigned; the enclosing backend, and so its MVStore, is reachable by then.
     */
    private final class SnapshotDatabase extends H2Database {

        SnapshotDatabase(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, Document> dataMap = store.openMap(DATA_MAP_PREFIX + namespace);
            MVMap<String, Object> metaMap = store.openMap(META_MAP_PREFIX + namespace);
            return new SnapshotCollection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /**
         * mongo-java-server would return an index that ignores everything (and scan for every query). Called from
         * H2Database's constructor too, for the stored indexes; an {@link EqualityIndex} starts empty and the
         * collection fills it from its documents.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            // System collections may have no ids, and H2Collection then stores documents under random positions.
            if (collectionName.startsWith("system.")) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            MVMap<Object, Document> dataMap = getMvStore().openMap(DATA_MAP_PREFIX
                + getFullCollectionNamespace(collectionName));
            DataType<Object> positions = dataMap.getKeyType();
            return new EqualityIndex(indexName, keys, sparse, ID_FIELD, positions::compare);
        }
    }

    private record LeadingMatch(String collectionFullName, Document match) {

        static LeadingMatch of(String database, String command, Document query) {
            if (!"aggregate".equals(command) || !(query.get("aggregate") instanceof String collection)
                    || !(query.get("pipeline") instanceof List<?> pipeline) || pipeline.isEmpty()
                    || !(pipeline.get(0) instanceof Document first) || first.size() != 1
                    || !(first.get("$match") instanceof Document match)) {
                return null;
            }
            return new LeadingMatch(database + "." + collection, match);
        }
    }

    private static final class SnapshotCollection extends H2Collection {

        SnapshotCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /**
         * Every query, by index or by scan, ends here while the collection's lock is held, after filtering, sorting,
         * skipping, limiting and projecting: only what is answered is copied (a count copies bare ids).
         */
        @Override
        protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
            List<Document> snapshots = new ArrayList<>(matchedDocuments.size());
            for (Document document : matchedDocuments) {
                snapshots.add(document.cloneDeeply());
            }
            return super.createQueryResult(snapshots, batchSize);
        }

        /**
         * The source of an aggregation. When it starts with a {@code $match} an index can answer, only that index's
         * candidates (snapshots, as for a query) are handed to the pipeline, whose {@code $match} stage then filters
         * them as it would have filtered the whole collection, in the same (scan) order. Taken once: a later stage
         * reading this collection again ({@code $lookup}) needs all of it.
         */
        @Override
        public Stream<Document> queryAllAsStream() {
            LeadingMatch leadingMatch = LEADING_MATCH.get();
            if (leadingMatch == null || !leadingMatch.collectionFullName().equals(getFullName())) {
                return super.queryAllAsStream();
            }
            LEADING_MATCH.remove();
            List<Document> candidates = new ArrayList<>();
            synchronized (this) {
                Index<Object> index = getIndexes().stream()
                    .filter(candidate -> candidate instanceof EqualityIndex && candidate.canHandle(leadingMatch.match()))
                    .findFirst()
                    .orElse(null);
                if (index == null) {
                    return super.queryAllAsStream();
                }
                for (Object position : index.getPositions(leadingMatch.match())) {
                    candidates.add(getDocument(position).cloneDeeply());
                }
            }
            return candidates.stream();
        }

        /**
         * The scan, unless the query names one {@code _id}. mongo-java-server's {@code _id} index answers only a query
         * whose keys are exactly the index's, so {@code {_id: x, version: 3}} (every optimistic save of an aggregate,
         * every claim of its outbox) and {@code {$and: [{_id: x}, scope]}} (every tenant-scoped read by id) read the
         * whole collection. The one document with that id is the only candidate; the full query is still applied.
         */
        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                int batchSize, Document fieldSelector) {
            Object id = namedId(query);
            Index<Object> idIndex = id == null ? null : idIndex();
            if (idIndex == null) {
                return super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
            }
            Object position = idIndex.getPosition(new Document(ID_FIELD, id));
            return matchDocuments(query, position == null ? List.of() : List.of(position), orderBy, numberToSkip,
                numberToReturn, batchSize, fieldSelector);
        }

        /** The id a query requires, at its top level or in one part of a top-level {@code $and}; else null. */
        private static Object namedId(Document query) {
            if (isPlainId(query.get(ID_FIELD))) {
                return query.get(ID_FIELD);
            }
            if (query.get("$and") instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document condition && isPlainId(condition.get(ID_FIELD))) {
                        return condition.get(ID_FIELD);
                    }
                }
            }
            return null;
        }

        private static boolean isPlainId(Object value) {
            return value instanceof String || value instanceof ObjectId;
        }

        private Index<Object> idIndex() {
            return getIndexes().stream()
                .filter(index -> index.isUnique() && index.getKeys().size() == 1
                    && ID_FIELD.equals(index.getKeys().get(0).getKey()))
                .findFirst()
                .orElse(null);
        }

        /**
         * The index path of mongo-java-server keeps the order of the positions it is given, where a scan honours a
         * {@code $natural: -1} sort; {@link EqualityIndex} gives them in ascending (scan) order.
         */
        @Override
        protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
                int numberToSkip, int numberToReturn, int batchSize, Document fieldSelector) {
            Iterable<Object> ordered = positions;
            if (isNaturalDescending(orderBy)) {
                List<Object> reversed = new ArrayList<>();
                positions.forEach(reversed::add);
                Collections.reverse(reversed);
                ordered = reversed;
            }
            return super.matchDocuments(query, ordered, orderBy, numberToSkip, numberToReturn, batchSize,
                fieldSelector);
        }
    }
}
