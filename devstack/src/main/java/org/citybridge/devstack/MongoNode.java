package org.citybridge.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) on a fixed local port, either in memory or persisted to an
 * H2 MVStore file whose acknowledged writes survive a crash of the JVM.
 */
public final class MongoNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoNode.class);

    static final String STORE_FILE_NAME = "mongo.mv.db";

    /**
     * Netty's default is two event loops per core, and a command holds its event loop until its group commit is on
     * disk: with 4 loops at most 4 commands could share an fsync, however many clients wait. An idle event loop
     * costs a thread and a selector; the services' connection pools together keep about this many connections busy
     * under load, each then on a loop of its own.
     */
    private static final int WORKER_THREADS = 64;

    private final int port;
    private final Path storeFile;
    private final Supplier<MongoBackend> backendFactory;

    private volatile MongoServer server;

    private MongoNode(int port, Path storeFile, Supplier<MongoBackend> backendFactory) {
        this.port = Ports.resolve(port)[0];
        this.storeFile = storeFile;
        this.backendFactory = backendFactory;
    }

    /** Data lives only while the node runs; {@link #stop()} discards it. */
    public static MongoNode inMemory(int port) {
        // The same engine as on disk (H2 on an in-memory MVStore), answering with snapshots: mongo-java-server's
        // backends hand out the stored documents themselves, which concurrent updates change in place.
        return new MongoNode(port, null, () -> new SnapshotH2Backend(MVStore.open(null)));
    }

    /** Data is kept in an H2 MVStore file under {@code dataDir}; every acknowledged write is fsynced first. */
    public static MongoNode onDisk(Path dataDir, int port) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(STORE_FILE_NAME);
        return new MongoNode(port, file, () -> DurableH2Backend.open(file.toString()));
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        QuietLogging.apply(QuietLogging.MONGO_SERVER_LOGGERS);
        long startNanos = System.nanoTime();
        if (storeFile != null) {
            try {
                Files.createDirectories(storeFile.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create MongoDB data directory " + storeFile.getParent(), e);
            }
        }
        MongoBackend backend = backendFactory.get();
        MongoServer candidate = new MongoServer(backend);
        try {
            candidate.bind(new InetSocketAddress("localhost", port), 1, WORKER_THREADS);
        } catch (RuntimeException e) {
            // bind() only releases its event loops on failure; the backend (and the MVStore file lock) is ours.
            backend.close();
            throw new IllegalStateException("cannot start MongoDB server on port " + port, e);
        }
        server = candidate;
        log.info("MongoDB server ready on {} after {} ms ({})", uri(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
            storeFile == null ? "in memory" : storeFile);
    }

    /** Waits for open client connections to be closed and, on disk, for the store to be closed cleanly. */
    public synchronized void stop() {
        MongoServer running = server;
        if (running == null) {
            return;
        }
        server = null;
        running.shutdown();
    }

    public boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
