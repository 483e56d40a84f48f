package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/**
 * Differential: a seeded random sequence of inserts, updates, deletes, index and collection drops and queries runs
 * against a collection with non-unique indexes and against the same collection without any; every query must answer
 * the same documents in the same order. The unindexed twin scans, which is mongo-java-server's own answer.
 */
class EqualityIndexTest {

    private static final List<Object> A_VALUES = List.of("x", "y", "z", true, 1, 1.0, List.of("x", "y"),
        List.of("z"), List.of(List.of("x")), List.of(), new Document("x", 1));
    private static final List<Object> B_VALUES = List.of("p", "q", true, false, 0, List.of("p", "q"));
    private static final List<Object> QUERY_VALUES = List.of("x", "y", "z", "p", "q", true, false, 1);

    @TempDir
    Path dataDir;

    @Test
    void indexedAndUnindexedCollectionsAnswerAlike() {
        for (long seed = 1; seed <= 3; seed++) {
            MongoServer server = new MongoServer(new SnapshotH2Backend(MVStore.open(null)));
            String uri = "mongodb://" + hostAndPort(server.bind());
            try (MongoClient client = MongoClients.create(uri)) {
                MongoDatabase database = client.getDatabase("differential");
                runRandomly(new Random(seed), database, 1_500);
            } finally {
                server.shutdownNow();
            }
        }
    }

    @Test
    void theIndexIsRebuiltFromTheDataAfterARestart() {
        String file = dataDir.resolve("store.mv.db").toString();
        Random random = new Random(42);
        MongoServer first = new MongoServer(DurableH2Backend.open(file));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(first.bind()))) {
            runRandomly(random, client.getDatabase("restart"), 600);
        } finally {
            first.shutdown();
        }

        SnapshotH2Backend backend = DurableH2Backend.open(file);
        MongoServer second = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(second.bind()))) {
            MongoDatabase database = client.getDatabase("restart");
            assertThat(equalityIndexes(backend, "restart", "indexed")).isEqualTo(3);
            for (int i = 0; i < 200; i++) {
                compareQuery(random, database.getCollection("indexed"), database.getCollection("plain"));
            }
        } finally {
            second.shutdown();
        }
    }

    /** Writers race; afterwards each indexed answer must equal a scan ({@code $and} hides the keys from the index). */
    @Test
    void concurrentWritersLeaveTheIndexConsistent() throws Exception {
        MongoServer server = new MongoServer(new SnapshotH2Backend(MVStore.open(null)));
        String uri = "mongodb://" + hostAndPort(server.bind());
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> indexed = client.getDatabase("concurrent").getCollection("indexed");
            createIndexes(indexed);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                int seed = writer;
                done.add(writers.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 300; i++) {
                        int id = random.nextInt(200);
                        switch (random.nextInt(4)) {
                            case 0 -> indexed.replaceOne(Filters.eq("_id", id), randomDocument(random, id),
                                new ReplaceOptions().upsert(true));
                            case 1 -> indexed.updateMany(randomFilter(random), Updates.set("a", pick(random, A_VALUES)));
                            case 2 -> indexed.deleteOne(Filters.eq("_id", id));
                            default -> indexed.updateOne(Filters.eq("_id", id), Updates.set("b", pick(random, B_VALUES)));
                        }
                    }
                }));
            }
            for (Future<?> writes : done) {
                writes.get(120, TimeUnit.SECONDS);
            }
            for (String field : List.of("a", "b", "c.d")) {
                for (Object value : QUERY_VALUES) {
                    Document byIndex = new Document(field, value);
                    Document byScan = new Document("$and", List.of(byIndex));
                    assertThat(indexed.find(byIndex).into(new ArrayList<>())).as("%s", byIndex)
                        .isEqualTo(indexed.find(byScan).into(new ArrayList<>()));
                }
            }
        } finally {
            writers.shutdownNow();
            server.shutdownNow();
        }
    }

    @Test
    void theIndexIsUsedForEqualityOnItsFirstKey() {
        SnapshotH2Backend backend = new SnapshotH2Backend(MVStore.open(null));
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
            MongoCollection<Document> collection = client.getDatabase("used").getCollection("indexed");
            collection.createIndex(Indexes.ascending("a", "b"));
            collection.insertOne(new Document("a", "x").append("b", "p"));

            assertThat(equalityIndexes(backend, "used", "indexed")).isEqualTo(1);
            assertThat(collection.countDocuments(Filters.eq("a", "x"))).isEqualTo(1);
        } finally {
            server.shutdownNow();
        }
    }

    private static void runRandomly(Random random, MongoDatabase database, int steps) {
        MongoCollection<Document> indexed = database.getCollection("indexed");
        MongoCollection<Document> plain = database.getCollection("plain");
        createIndexes(indexed);
        int nextId = 0;
        for (int step = 0; step < steps; step++) {
            int action = random.nextInt(100);
            if (action < 40) {
                Document document = randomDocument(random, nextId++);
                indexed.insertOne(document);
                plain.insertOne(new Document(document));
            } else if (action < 55) {
                Bson filter = randomFilter(random);
                Bson update = Updates.set(random.nextBoolean() ? "a" : "b", pick(random, random.nextBoolean()
                    ? A_VALUES : B_VALUES));
                indexed.updateMany(filter, update);
                plain.updateMany(filter, update);
            } else if (action < 60) {
                Bson filter = Filters.eq("_id", random.nextInt(Math.max(1, nextId)));
                Document replacement = randomDocument(random, 0);
                replacement.remove("_id");
                indexed.replaceOne(filter, replacement);
                plain.replaceOne(filter, new Document(replacement));
            } else if (action < 67) {
                Bson filter = randomFilter(random);
                indexed.deleteOne(filter);
                plain.deleteOne(filter);
            } else if (action < 68) {
                indexed.dropIndex("a_1_b_1");
                indexed.createIndex(Indexes.ascending("a", "b"));
            } else if (action == 68 && random.nextInt(4) == 0) {
                indexed.drop();
                plain.drop();
                createIndexes(indexed);
            } else {
                compareQuery(random, indexed, plain);
            }
        }
        for (int i = 0; i < 100; i++) {
            compareQuery(random, indexed, plain);
        }
    }

    private static void createIndexes(MongoCollection<Document> indexed) {
        indexed.createIndex(Indexes.ascending("a", "b"));
        indexed.createIndex(Indexes.ascending("b"));
        indexed.createIndex(Indexes.ascending("c.d"));
    }

    private static void compareQuery(Random random, MongoCollection<Document> indexed,
            MongoCollection<Document> plain) {
        Bson filter = randomFilter(random);
        int shape = random.nextInt(4);
        List<Document> expected = run(plain.find(filter), shape);
        assertThat(run(indexed.find(filter), shape)).as("%s (shape %d)", filter, shape).isEqualTo(expected);
        assertThat(indexed.countDocuments(filter)).as("count %s", filter).isEqualTo(plain.countDocuments(filter));
    }

    private static List<Document> run(FindIterable<Document> find, int shape) {
        return switch (shape) {
            case 0 -> find.into(new ArrayList<>());
            case 1 -> find.limit(1).into(new ArrayList<>());
            case 2 -> find.sort(Sorts.descending("n")).into(new ArrayList<>());
            default -> find.sort(new Document("$natural", -1)).into(new ArrayList<>());
        };
    }

    /**
     * Several conditions are written as one document, as Spring Data writes a criteria chain: the driver's
     * {@code Filters.and} would send a top-level {@code $and}, which no index answers.
     */
    private static Bson randomFilter(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> Filters.eq("a", pick(random, QUERY_VALUES));
            case 1 -> new Document("a", pick(random, QUERY_VALUES)).append("b", pick(random, QUERY_VALUES));
            case 2 -> Filters.eq("b", pick(random, QUERY_VALUES));
            case 3 -> Filters.eq("c.d", pick(random, QUERY_VALUES));
            case 4 -> new Document("a", pick(random, QUERY_VALUES)).append("n",
                new Document("$gt", random.nextInt(50)));
            case 5 -> new Document("b", pick(random, QUERY_VALUES)).append("$or",
                List.of(new Document("a", "x"), new Document("c", new Document("$exists", false))));
            default -> Filters.eq("a", null);
        };
    }

    private static Document randomDocument(Random random, int id) {
        Document document = new Document("_id", id).append("n", random.nextInt(50));
        if (random.nextInt(5) > 0) {
            document.append("a", pick(random, A_VALUES));
        }
        if (random.nextInt(5) > 0) {
            document.append("b", pick(random, B_VALUES));
        }
        switch (random.nextInt(4)) {
            case 0 -> document.append("c", new Document("d", pick(random, QUERY_VALUES)));
            case 1 -> document.append("c", List.of(new Document("d", pick(random, QUERY_VALUES)),
                new Document("d", List.of(pick(random, QUERY_VALUES)))));
            case 2 -> document.append("c", "x");
            default -> {
                // no c at all
            }
        }
        return document;
    }

    private static Object pick(Random random, List<Object> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static long equalityIndexes(MongoBackend backend, String database, String collection) {
        return backend.resolveDatabase(database).resolveCollection(collection, true).getIndexes().stream()
            .filter(EqualityIndex.class::isInstance)
            .count();
    }

    private static String hostAndPort(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
