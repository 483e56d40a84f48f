package org.citybridge.platform.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a consumer rides out a transient failure (MongoDB failing over, a dependency restarting)
 * before the record goes to the dead-letter topic: exponential back-off from {@code initialInterval},
 * times {@code multiplier}, at most {@code maxInterval} apart, for {@code maxElapsed} in all. The
 * partition waits meanwhile (paused, not blocked: Kafka does not think the consumer died).
 */
@ConfigurationProperties("citybridge.consumer.retry")
public record ConsumerRetryProperties(Duration initialInterval, Double multiplier, Duration maxInterval,
        Duration maxElapsed) {

    public ConsumerRetryProperties {
        initialInterval = initialInterval == null ? Duration.ofSeconds(1) : initialInterval;
        multiplier = multiplier == null ? 2.0 : multiplier;
        maxInterval = maxInterval == null ? Duration.ofMinutes(1) : maxInterval;
        maxElapsed = maxElapsed == null ? Duration.ofMinutes(10) : maxElapsed;
    }
}
