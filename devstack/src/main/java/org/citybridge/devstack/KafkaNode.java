package org.citybridge.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) running inside this JVM.
 * The ports are fixed at construction so that clients keep working across {@link #stop()} / {@link #start()}.
 */
public final class KafkaNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaNode.class);

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final int SMALL_SEGMENT_BYTES = 16 * 1024 * 1024;

    private final Path dataDir;
    private final Path logDir;
    private final int port;
    private final int controllerPort;

    private volatile KafkaRaftServer server;

    public KafkaNode(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.logDir = this.dataDir.resolve("logs");
        int[] ports = Ports.resolve(port, controllerPort);
        this.port = ports[0];
        this.controllerPort = ports[1];
        if (this.port == this.controllerPort) {
            throw new IllegalArgumentException("port and controllerPort must differ: " + this.port);
        }
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        QuietLogging.apply(QuietLogging.KAFKA_BROKER_LOGGERS);
        long startNanos = System.nanoTime();
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Kafka data directory " + logDir, e);
        }
        KafkaConfig config = new KafkaConfig(brokerConfig(), false);
        formatStorageIfNeeded();

        KafkaRaftServer candidate = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            candidate.startup();
            awaitClientConnections();
        } catch (RuntimeException | Error e) {
            shutdown(candidate);
            throw e;
        }
        server = candidate;
        log.info("Kafka broker ready on {} after {} ms (data in {})",
            bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), dataDir);
    }

    public synchronized void stop() {
        KafkaRaftServer running = server;
        if (running == null) {
            return;
        }
        server = null;
        shutdown(running);
    }

    public boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Map<String, Object> brokerConfig() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());

        // One node: every internal topic must be satisfiable with a single replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        props.put("default.replication.factor", "1");

        props.put("auto.create.topics.enable", "true");
        // Services rely on per-aggregate key ordering, so auto-created topics get several partitions.
        props.put("num.partitions", "3");
        // No other members will ever join late, so waiting for them only slows every test's first poll.
        props.put("group.initial.rebalance.delay.ms", "0");
        // The default 50 partitions for the internal topics make the first consumer group / transaction slow.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");

        // Keep disk and heap use modest: this broker shares a laptop or CI box with all services.
        props.put("log.segment.bytes", String.valueOf(SMALL_SEGMENT_BYTES));
        props.put("offsets.topic.segment.bytes", String.valueOf(SMALL_SEGMENT_BYTES));
        props.put("transaction.state.log.segment.bytes", String.valueOf(SMALL_SEGMENT_BYTES));
        props.put("metadata.log.segment.bytes", String.valueOf(8 * 1024 * 1024));
        props.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        // After a kill -9 the controller still holds the dead incarnation's registration and rejects the new one
        // until that session expires (default 9 s); a shorter session makes crash restarts correspondingly faster.
        props.put("broker.heartbeat.interval.ms", "1000");
        props.put("broker.session.timeout.ms", "5000");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("background.threads", "4");
        return props;
    }

    /**
     * Formats the log directory exactly once; the generated cluster id lives in meta.properties, so later starts
     * (including after a crash) reuse the same cluster and its data.
     */
    private void formatStorageIfNeeded() {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        try (PrintStream discard = new PrintStream(OutputStream.nullOutputStream())) {
            new Formatter()
                .setPrintStream(discard)
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .addDirectory(logDir.toString())
                .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir, e);
        }
        log.info("formatted Kafka storage in {} with cluster id {}", logDir, clusterId);
    }

    /**
     * KafkaRaftServer.startup() already waits for the broker to be unfenced; this additionally proves that a
     * client can bootstrap and see the broker, which is what callers actually need.
     */
    private void awaitClientConnections() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "devstack-readiness");
        int timeoutMs = (int) READY_TIMEOUT.toMillis();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 30_000));
        try (Admin admin = Admin.create(props)) {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                .nodes()
                .get(timeoutMs, TimeUnit.MILLISECONDS);
            if (nodes.stream().noneMatch(node -> node.id() == NODE_ID)) {
                throw new IllegalStateException("Kafka broker started but is not listed in the cluster: " + nodes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready", e);
        }
    }

    private static void shutdown(KafkaRaftServer server) {
        try {
            server.shutdown();
        } finally {
            server.awaitShutdown();
        }
    }
}
