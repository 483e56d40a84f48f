package org.citybridge.devstack;

import java.util.List;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * Turns the embedded servers' INFO chatter down to WARN, because a broker start alone logs hundreds of lines that
 * drown the output of the service or test that embeds it. Loggers that already have an explicit level are left
 * alone, so a logback configuration (or Spring's logging.level.*) always wins.
 */
final class QuietLogging {

    static final List<String> KAFKA_BROKER_LOGGERS = List.of(
        "kafka",
        "state.change.logger",
        "org.apache.kafka.server",
        "org.apache.kafka.controller",
        "org.apache.kafka.raft",
        "org.apache.kafka.metadata",
        "org.apache.kafka.image",
        "org.apache.kafka.storage",
        "org.apache.kafka.coordinator",
        "org.apache.kafka.queue",
        "org.apache.kafka.snapshot",
        "org.apache.kafka.network",
        "org.apache.kafka.security",
        "org.apache.kafka.deferred",
        "org.apache.kafka.common.metrics",
        "org.apache.kafka.common.network.Selector");

    static final List<String> MONGO_SERVER_LOGGERS = List.of(
        "de.bwaldvogel.mongo",
        "org.h2");

    private QuietLogging() {
    }

    static void apply(List<String> loggerNames) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        // Compared by name so that an application which swapped Logback for another SLF4J backend never loads the
        // Logback classes below.
        if (!"ch.qos.logback.classic.LoggerContext".equals(factory.getClass().getName())) {
            return;
        }
        try {
            Logback.warnUnlessConfigured(factory, loggerNames);
        } catch (LinkageError e) {
            // a Logback on the classpath that is incompatible with ours only costs us the quieting
        }
    }

    private static final class Logback {

        static void warnUnlessConfigured(ILoggerFactory factory, List<String> loggerNames) {
            LoggerContext context = (LoggerContext) factory;
            for (String name : loggerNames) {
                Logger logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(Level.WARN);
                }
            }
        }
    }
}
