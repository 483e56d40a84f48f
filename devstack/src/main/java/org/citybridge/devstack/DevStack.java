package org.citybridge.devstack;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs CityBridge's default infrastructure (Kafka + MongoDB-compatible server) until the process is stopped.
 * With the argument {@code kafka}, {@code mongo} or {@code mail} it runs only that one: the launcher starts
 * them as separate processes, so that each can be stopped and started alone, as an outage of one would be.
 * {@code mail} is the SMTP sink ({@link MailNode}); it runs only when asked for by name.
 * <p>
 * Settings come from system properties, then environment variables, then defaults: {@code CITYBRIDGE_DATA}
 * (./data), {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093), {@code MONGO_PORT} (27017),
 * {@code SMTP_PORT} (3025; mails are kept under {@code CITYBRIDGE_DATA/mail}).
 */
public final class DevStack {

    /** Non-standard name so that the library jar never configures the logging of an application embedding it. */
    private static final String LOGBACK_CONFIG = "devstack-logback.xml";

    private DevStack() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        String only = args.length > 0 ? args[0] : "";
        if (only.equals("mail")) {
            runMail();
            return;
        }
        if (!only.isEmpty() && !only.equals("kafka") && !only.equals("mongo")) {
            System.err.println("usage: devstack [kafka|mongo|mail]  (kafka and mongo when none is named)");
            System.exit(2);
        }
        boolean runKafka = !only.equals("mongo");
        boolean runMongo = !only.equals("kafka");
        Path data = Path.of(setting("CITYBRIDGE_DATA", "./data")).toAbsolutePath().normalize();
        KafkaNode kafka = new KafkaNode(data.resolve("kafka"),
            intSetting("KAFKA_PORT", 9092), intSetting("KAFKA_CONTROLLER_PORT", 9093));
        MongoNode mongo = MongoNode.onDisk(data.resolve("mongo"), intSetting("MONGO_PORT", 27017));

        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before starting so that Ctrl-C during a slow start still shuts both down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (runMongo) {
                    stopQuietly(mongo::stop);
                }
                if (runKafka) {
                    stopQuietly(kafka::stop);
                }
            } finally {
                stopped.countDown();
            }
        }, "devstack-shutdown"));

        CompletableFuture<Void> kafkaStarted = !runKafka ? CompletableFuture.completedFuture(null)
            : CompletableFuture.runAsync(() -> timed("kafka", kafka::start, kafka.bootstrapServers()
                + " (controller localhost:" + kafka.controllerPort() + ", data " + data.resolve("kafka") + ")"));
        CompletableFuture<Void> mongoStarted = !runMongo ? CompletableFuture.completedFuture(null)
            : CompletableFuture.runAsync(() -> timed("mongo", mongo::start,
                mongo.uri() + " (data " + data.resolve("mongo") + ")"));
        try {
            CompletableFuture.allOf(kafkaStarted, mongoStarted).join();
        } catch (CompletionException e) {
            System.err.println("devstack failed to start: " + e.getCause());
            e.getCause().printStackTrace();
            // The shutdown hook stops whichever component did come up.
            System.exit(1);
        }
        // The launcher waits for these lines.
        if (runKafka) {
            System.out.println("kafka ready " + kafka.bootstrapServers());
        }
        if (runMongo) {
            System.out.println("mongo ready " + mongo.uri());
        }
        if (runKafka && runMongo) {
            System.out.println("devstack ready kafka=" + kafka.bootstrapServers() + " mongo=" + mongo.uri());
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The SMTP sink alone, until the process is stopped. */
    private static void runMail() {
        Path data = Path.of(setting("CITYBRIDGE_DATA", "./data")).toAbsolutePath().normalize();
        MailNode mail = new MailNode(data.resolve("mail"), intSetting("SMTP_PORT", 3025));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stopQuietly(mail::stop);
            } finally {
                stopped.countDown();
            }
        }, "devstack-shutdown"));
        timed("mail", mail::start, "smtp://127.0.0.1:" + mail.port() + " (mails in " + mail.dir() + ")");
        // The launcher waits for this line.
        System.out.println("mail ready smtp://127.0.0.1:" + mail.port());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void timed(String name, Runnable start, String description) {
        long startNanos = System.nanoTime();
        start.run();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        System.out.println(name + " started in " + millis + " ms: " + description);
    }

    private static void stopQuietly(Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            System.err.println("devstack: error while stopping: " + e);
        }
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static int intSetting(String name, int defaultValue) {
        String value = setting(name, String.valueOf(defaultValue));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, got '" + value + "'", e);
        }
    }
}
