package org.citybridge.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic        the topic this service publishes to, e.g. {@code citybridge.organisations}
 * @param pollInterval how often the relay looks for pending events when nothing woke it
 * @param batchSize    documents read per collection and poll
 * @param sendTimeout  how long one publish may take before the relay backs off and tries later
 */
@ConfigurationProperties("citybridge.outbox")
public record OutboxProperties(String topic, Duration pollInterval, Integer batchSize, Duration sendTimeout) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    }
}
