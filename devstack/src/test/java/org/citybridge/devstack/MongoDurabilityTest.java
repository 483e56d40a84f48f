package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** Acknowledged writes must survive SIGKILL of the server JVM, which the stock H2 backend does not guarantee. */
class MongoDurabilityTest {

    private static final int DOCUMENTS = 640;
    private static final int WRITERS = 64;

    @TempDir
    Path dataDir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedWritesSurviveKillMinus9() throws Exception {
        int port = Ports.resolve(0)[0];

        Process first = startChild(port, false);
        insertDocuments(port);
        kill(first);

        Process second = startChild(port, false);
        assertThat(countDocuments(port)).isEqualTo(DOCUMENTS);
        // Updates and deletes make the store free and reuse chunks, the riskier path for crash safety.
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = collection(client);
            for (int i = 0; i < DOCUMENTS; i += 2) {
                collection.updateOne(Filters.eq("_id", i), Updates.set("payload", "updated " + i));
            }
            for (int i = 1; i < DOCUMENTS; i += 4) {
                collection.deleteOne(Filters.eq("_id", i));
            }
        }
        kill(second);

        startChild(port, false);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = collection(client);
            assertThat(collection.countDocuments()).isEqualTo(DOCUMENTS - DOCUMENTS / 4);
            assertThat(collection.countDocuments(Filters.regex("payload", "^updated "))).isEqualTo(DOCUMENTS / 2);
            assertThat(collection.find(Filters.eq("_id", DOCUMENTS - 1)).first()).isNotNull();
            assertThat(collection.find(Filters.eq("_id", DOCUMENTS - 3)).first()).isNull();
        }
    }

    /**
     * Documents why the durable backend exists; run with -Ddevstack.demonstrateH2Loss=true. The stock backend
     * commits about once a second in the background, so the writes acknowledged in that window are lost.
     */
    @Test
    @EnabledIfSystemProperty(named = "devstack.demonstrateH2Loss", matches = "true")
    void stockH2BackendLosesAcknowledgedInsertsOnKillMinus9() throws Exception {
        int port = Ports.resolve(0)[0];

        Process first = startChild(port, true);
        insertDocuments(port);
        kill(first);

        startChild(port, true);
        assertThat(countDocuments(port)).isLessThan(DOCUMENTS);
    }

    private static void kill(Process child) throws InterruptedException {
        // destroyForcibly() is SIGKILL on Linux: no shutdown hooks, no final commit.
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    /** From 64 writers at once, so that commands gather in groups that share one commit and one fsync. */
    private static void insertDocuments(int port) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = collection(client);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int first = writer;
                done.add(writers.submit(() -> {
                    for (int i = first; i < DOCUMENTS; i += WRITERS) {
                        collection.insertOne(new Document("_id", i).append("payload", "document " + i));
                    }
                }));
            }
            for (Future<?> writes : done) {
                writes.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static long countDocuments(int port) {
        try (MongoClient client = client(port)) {
            return collection(client).countDocuments();
        }
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://localhost:" + port);
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("citybridge").getCollection("durability");
    }

    private Process startChild(int port, boolean plainH2) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1-only JIT and serial GC: the child lives for a second, so startup time is all that matters.
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"),
            MongoChildMain.class.getName(), dataDir.toString(), String.valueOf(port)));
        if (plainH2) {
            command.add("plain");
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(child);

        Queue<String> output = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed; its output is no longer needed
            }
        }, "mongo-child-output");
        reader.setDaemon(true);
        reader.start();

        await().atMost(Duration.ofSeconds(30))
            .failFast("child JVM exited early: " + output, () -> !child.isAlive())
            .until(() -> output.contains("ready"));
        return child;
    }
}
