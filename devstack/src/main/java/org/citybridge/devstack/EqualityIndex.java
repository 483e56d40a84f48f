package org.citybridge.devstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index for equality on its first key(s), kept in memory: mongo-java-server ignores every non-unique
 * index (it logs "not yet implemented" and scans), so without this a query by, say, municipality and status
 * deserialises every document of the collection.
 * <p>
 * It is derived data, rebuilt from the documents when the collection is opened (mongo-java-server fills an empty
 * index it is given), so nothing is persisted and a crash cannot leave it inconsistent.
 * <p>
 * Correctness rests on one rule of mongo-java-server (AbstractMongoCollection.queryDocuments): the positions an
 * index returns are only candidates, and the full query is applied to each document. So this index may answer more
 * than matches, never less. It answers only queries with a plain String, Boolean or ObjectId value on its first
 * key (and on as many following keys as the query gives such values for), since those types equal nothing but
 * themselves; every other query (ranges, $in, null, numbers, sub-documents) scans as before. Values are collected
 * generously: inside arrays at any depth and along every array of sub-documents on a dotted path, so that a
 * document the matcher would accept is always among the candidates. Candidates come out in the collection's key
 * order, the order a scan visits them in, so an unsorted query answers in the same order as without the index.
 */
final class EqualityIndex extends Index<Object> {

    /** Past this many key combinations (arrays in several keys), a document is a candidate for every query. */
    private static final int MAX_COMBINATIONS = 1_000;

    private final String idField;
    private final Comparator<Object> positionOrder;
    private final List<String[]> paths = new ArrayList<>();
    private final boolean usable;

    /** Per prefix length (index 0: the first key alone): key values to the positions holding them. */
    private final List<Map<List<Object>, NavigableSet<Object>>> positionsByPrefix = new ArrayList<>();

    /** Per prefix length: positions with too many key combinations to list, candidates for every query. */
    private final List<NavigableSet<Object>> unlisted = new ArrayList<>();

    /** What each position was indexed under, so that removal does not depend on the document passed in. */
    private final Map<Object, Entries> entriesByPosition = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse, String idField,
            Comparator<Object> positionOrder) {
        super(name, keys, sparse);
        this.idField = idField;
        this.positionOrder = positionOrder;
        boolean supported = true;
        for (IndexKey key : keys) {
            String[] path = key.getKey().split("\\.");
            for (String segment : path) {
                // "$**" and text keys, and positional paths (a.0.b), which address array elements by number.
                if (segment.isEmpty() || segment.startsWith("$") || segment.chars().allMatch(Character::isDigit)) {
                    supported = false;
                }
            }
            paths.add(path);
            positionsByPrefix.add(new HashMap<>());
            unlisted.add(new TreeSet<>(positionOrder));
        }
        this.usable = supported;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return usable && usablePrefix(query) > 0;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        int prefix = usablePrefix(query);
        List<Object> key = new ArrayList<>(prefix);
        for (int i = 0; i < prefix; i++) {
            key.add(query.get(keys().get(i)));
        }
        NavigableSet<Object> listed = positionsByPrefix.get(prefix - 1).get(key);
        NavigableSet<Object> always = unlisted.get(prefix - 1);
        if (always.isEmpty()) {
            return listed == null ? List.of() : new ArrayList<>(listed);
        }
        NavigableSet<Object> candidates = new TreeSet<>(positionOrder);
        candidates.addAll(always);
        if (listed != null) {
            candidates.addAll(listed);
        }
        return new ArrayList<>(candidates);
    }

    /** How many leading keys the query fixes to a value of a type this index answers for. */
    private int usablePrefix(Document query) {
        int prefix = 0;
        for (String key : keys()) {
            if (!isIndexable(query.get(key))) {
                break;
            }
            prefix++;
        }
        return prefix;
    }

    private static boolean isIndexable(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof ObjectId;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Entries entries = new Entries(paths.size());
        List<List<Object>> valuesPerKey = new ArrayList<>(paths.size());
        for (String[] path : paths) {
            List<Object> values = new ArrayList<>();
            collect(document, path, 0, values);
            valuesPerKey.add(values);
        }
        List<List<Object>> combinations = List.of(List.of());
        for (int prefix = 0; prefix < paths.size(); prefix++) {
            List<Object> values = valuesPerKey.get(prefix);
            if (combinations != null && (long) combinations.size() * values.size() <= MAX_COMBINATIONS) {
                combinations = extend(combinations, values);
            } else {
                combinations = null;
            }
            if (combinations == null) {
                unlisted.get(prefix).add(position);
                entries.unlisted[prefix] = true;
            } else {
                for (List<Object> key : combinations) {
                    positionsByPrefix.get(prefix).computeIfAbsent(key, k -> new TreeSet<>(positionOrder)).add(position);
                }
                entries.keys.add(combinations);
            }
        }
        entriesByPosition.put(position, entries);
    }

    private static List<List<Object>> extend(List<List<Object>> combinations, List<Object> values) {
        List<List<Object>> extended = new ArrayList<>(combinations.size() * values.size());
        for (List<Object> combination : combinations) {
            for (Object value : values) {
                List<Object> key = new ArrayList<>(combination.size() + 1);
                key.addAll(combination);
                key.add(value);
                extended.add(List.copyOf(key));
            }
        }
        return extended;
    }

    /** Every indexable value found at the path, through arrays at any depth; duplicates do no harm. */
    private static void collect(Object value, String[] path, int depth, List<Object> into) {
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                collect(element, path, depth, into);
            }
        } else if (depth == path.length) {
            if (isIndexable(value)) {
                into.add(value);
            }
        } else if (value instanceof Document document) {
            collect(document.get(path[depth]), path, depth + 1, into);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        return forget(position) ? position : null;
    }

    private boolean forget(Object position) {
        Entries entries = entriesByPosition.remove(position);
        if (entries == null) {
            return false;
        }
        for (int prefix = 0; prefix < paths.size(); prefix++) {
            if (entries.unlisted[prefix]) {
                unlisted.get(prefix).remove(position);
                continue;
            }
            Map<List<Object>, NavigableSet<Object>> positions = positionsByPrefix.get(prefix);
            for (List<Object> key : entries.keys.get(prefix)) {
                NavigableSet<Object> holders = positions.get(key);
                if (holders != null && holders.remove(position) && holders.isEmpty()) {
                    positions.remove(key);
                }
            }
        }
        return true;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        forget(position);
        add(newDocument, position, collection);
    }

    /** The position H2Collection stores a document under: its id (a random one only in collections without ids). */
    private Object positionOf(Document document) {
        return Missing.ofNullable(Utils.getSubdocumentValue(document, idField));
    }

    @Override
    public synchronized Object getPosition(Document document) {
        Object position = positionOf(document);
        return entriesByPosition.containsKey(position) ? position : null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public synchronized long getCount() {
        return entriesByPosition.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        entriesByPosition.clear();
        positionsByPrefix.forEach(Map::clear);
        unlisted.forEach(NavigableSet::clear);
    }

    private static final class Entries {

        /** Per prefix length, the key combinations listed (absent for the unlisted prefixes at the end). */
        final List<List<List<Object>>> keys = new ArrayList<>();
        final boolean[] unlisted;

        Entries(int prefixes) {
            unlisted = new boolean[prefixes];
        }
    }
}
