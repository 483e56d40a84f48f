package org.citybridge.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.citybridge.devstack.KafkaNode;
import org.citybridge.devstack.MongoNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * ONE Kafka broker and ONE MongoDB per test JVM, shared by every test class of a module, so Spring
 * contexts stay cached and the suite stays fast. By default they are the embedded devstack (a real
 * KRaft broker and mongo-java-server); with {@code -Dcitybridge.test.stack=containers} (or the
 * environment variable {@code CITYBRIDGE_TEST_STACK=containers}) the same suites run against real
 * MongoDB and Kafka containers, and skip themselves when no Docker engine is there.
 */
public final class TestStack {

    private static final Logger log = LoggerFactory.getLogger(TestStack.class);
    private static TestStack instance;

    private final Mode mode;
    private KafkaNode kafkaNode;
    private MongoNode mongoNode;
    private KafkaContainer kafkaContainer;
    private MongoDBContainer mongoContainer;
    private TestIssuer issuer;
    private Path kafkaData;

    public enum Mode {
        EMBEDDED, CONTAINERS
    }

    private TestStack(Mode mode) {
        this.mode = mode;
    }

    public static Mode requestedMode() {
        String value = System.getProperty("citybridge.test.stack", System.getenv("CITYBRIDGE_TEST_STACK"));
        return value != null && value.trim().toLowerCase(Locale.ROOT).startsWith("container") ? Mode.CONTAINERS
                : Mode.EMBEDDED;
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts the stack on first use and points Spring Boot at it through system properties. */
    public static synchronized TestStack get() {
        if (instance == null) {
            TestStack stack = new TestStack(requestedMode());
            stack.start();
            instance = stack;
        }
        return instance;
    }

    private void start() {
        long started = System.nanoTime();
        if (mode == Mode.CONTAINERS) {
            mongoContainer = new MongoDBContainer("mongo:7");
            kafkaContainer = new KafkaContainer("apache/kafka:4.1.2");
            mongoContainer.start();
            kafkaContainer.start();
        } else {
            kafkaData = freshKafkaData();
            kafkaNode = new KafkaNode(kafkaData, 0, 0);
            mongoNode = MongoNode.inMemory(0);
            mongoNode.start();
            kafkaNode.start();
        }
        issuer = TestIssuer.start();
        System.setProperty("spring.mongodb.uri", mongoUri());
        System.setProperty("spring.kafka.bootstrap-servers", bootstrapServers());
        System.setProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer.jwkSetUri());
        System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER);
        log.info("Test stack ({}) ready in {} ms: kafka={} mongo={}", mode, (System.nanoTime() - started) / 1_000_000,
                bootstrapServers(), mongoUri());
    }

    /**
     * The broker's data lives under the module's target/ and is left where it is when the JVM ends: a
     * clean broker shutdown takes many seconds, and deleting the files under a running broker at exit
     * made it halt the JVM with an error code now and then, failing a green build. The next run of
     * the module removes what earlier runs left; {@code mvn clean} removes it all.
     */
    private static Path freshKafkaData() {
        Path base = Path.of("target", "test-stack").toAbsolutePath();
        try {
            Files.createDirectories(base);
            try (var earlier = Files.list(base)) {
                earlier.forEach(TestStack::deleteQuietly);
            }
            return Files.createDirectory(base.resolve("kafka-" + ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: what is left goes with mvn clean.
        }
    }

    public Mode mode() {
        return mode;
    }

    public String bootstrapServers() {
        return mode == Mode.CONTAINERS ? kafkaContainer.getBootstrapServers() : kafkaNode.bootstrapServers();
    }

    public String mongoUri() {
        return mode == Mode.CONTAINERS ? mongoContainer.getConnectionString() : mongoNode.uri();
    }

    /** Stops the broker, as an outage would; only the embedded broker can be stopped and restarted in place. */
    public void stopKafka() {
        requireEmbedded();
        kafkaNode.stop();
    }

    public void startKafka() {
        requireEmbedded();
        kafkaNode.start();
    }

    private void requireEmbedded() {
        org.junit.jupiter.api.Assumptions.assumeTrue(mode == Mode.EMBEDDED,
                "Stopping and restarting the broker in place is only possible on the embedded stack");
    }
}
