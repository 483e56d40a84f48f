package org.citybridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.bson.Document;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The embedded store's write rate: devstack's MongoDB-wire server with its durable H2 backend (what
 * {@code ./citybridge up} runs), started alone on a free port with an empty data folder, loaded by the
 * MongoDB Java driver with 1, 8 and 64 concurrent writers inserting small documents (acknowledged writes,
 * the driver's default write concern).
 */
final class StoreBench implements Benchmark {

    /**
     * The driver logs through java.util.logging here (no SLF4J), starting with a warning that SLF4J is missing;
     * its failures reach the benchmark as exceptions anyway. Kept in a field: JUL holds loggers weakly.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");

    private static final int[] WRITERS = {1, 8, 64};
    private static final double GOAL_AT_64 = 5_000;

    private final Path root;

    StoreBench(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String measures() {
        return "embedded store (devstack mongo, durable H2) inserts/s at 1, 8 and 64 concurrent writers";
    }

    @Override
    public boolean needsSuite() {
        return false;
    }

    @Override
    public Section run(Suite suite, Options options) throws Exception {
        DRIVER_LOG.setLevel(Level.SEVERE);
        Path data = root.resolve("bench/target/store");
        Suite.deleteTree(data);
        int port = freePort();
        Process store = start(data, port);
        Section section = new Section(name());
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + port))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(100))
                .build())) {
            String text = "x".repeat(200);
            for (int writers : WRITERS) {
                MongoCollection<Document> collection = client.getDatabase("bench").getCollection("w" + writers);
                Load.closedLoop("warm-up", writers, Long.MAX_VALUE, Duration.ofSeconds(options.scaled(3, 1)),
                        () -> collection.insertOne(new Document("text", text)));
                Load.Outcome outcome = Load.closedLoop(writers + " writer(s)", writers, Long.MAX_VALUE,
                        Duration.ofSeconds(options.scaled(15, 3)),
                        () -> collection.insertOne(new Document("writer", Thread.currentThread().getName())
                                .append("text", text)));
                Console.say("  " + outcome.summary());
                String rate = Section.count(outcome.perSecond()) + " inserts/s";
                if (writers == 64) {
                    section.figure("64 writers", rate, "≥ 5,000/s", outcome.perSecond() >= GOAL_AT_64);
                } else {
                    section.figure(writers + (writers == 1 ? " writer" : " writers"), rate);
                }
                section.note(outcome);
            }
        } finally {
            store.destroy();
            if (!store.waitFor(30, TimeUnit.SECONDS)) {
                store.destroyForcibly();
            }
            Suite.deleteTree(data);
        }
        return section.note("the store: `java " + String.join(" ", jvmFlags())
                + " -jar devstack/target/devstack-exec.jar mongo`, each write fsynced before it is acknowledged;"
                + " documents of ~230 bytes, one collection per writer count");
    }

    private Process start(Path data, int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmFlags());
        command.addAll(List.of("-jar", root.resolve("devstack/target/devstack-exec.jar").toString(), "mongo"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("MONGO_PORT", String.valueOf(port));
        builder.environment().put("CITYBRIDGE_DATA", data.toString());
        Process process = builder.start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("mongo ready")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the store stopped before it was ready"));
        }, "bench-store-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the store did not start on port " + port + ": " + e.getMessage(), e);
        }
        Console.say("  store started on port " + port + ", data in " + data);
        return process;
    }

    /** The launcher's JVM flags, which ./citybridge bench passes on. */
    private static List<String> jvmFlags() {
        String flags = System.getenv().getOrDefault("CITYBRIDGE_JAVA_OPTS", "");
        return flags.isBlank() ? List.of() : Arrays.asList(flags.trim().split("\\s+"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
