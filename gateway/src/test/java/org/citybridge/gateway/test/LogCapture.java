package org.citybridge.gateway.test;

import java.util.List;
import java.util.function.Predicate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Every log event the gateway writes while open, as Logback hands it to the appenders. */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<ILoggingEvent> events() {
        // The appender adds under its own lock (AppenderBase.doAppend is synchronized).
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    public List<ILoggingEvent> events(Predicate<ILoggingEvent> which) {
        return events().stream().filter(which).toList();
    }

    public List<ILoggingEvent> atLeast(Level level) {
        return events(event -> event.getLevel().isGreaterOrEqual(level));
    }

    public static Predicate<ILoggingEvent> from(String loggerName) {
        return event -> event.getLoggerName().equals(loggerName);
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
