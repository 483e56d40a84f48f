package org.citybridge.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic        the topic this service publishes to, e.g. {@code citybridge.organisations}
 * @param pollInterval how often the relay looks for pending events when nothing woke it
 * @param batchSize    aggregates claimed per collection and run
 * @param sendTimeout  how long one publish may take before the relay backs off and tries later
 * @param lease        how long an instance's claim on an aggregate's events holds: other instances
 *                     take over after it, so it must outlast publishing one aggregate's events
 */
@ConfigurationProperties("citybridge.outbox")
public record OutboxProperties(String topic, Duration pollInterval, Integer batchSize, Duration sendTimeout,
        Duration lease) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
    }
}
