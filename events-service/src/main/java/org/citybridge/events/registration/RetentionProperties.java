package org.citybridge.events.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keptAfterEnd how long after a congress ends its attendees' names, emails and needs are kept
 * @param interval     how often the retention job looks for congresses that are due
 */
@ConfigurationProperties("citybridge.events.retention")
public record RetentionProperties(@DefaultValue("P90D") Duration keptAfterEnd, @DefaultValue("PT1H") Duration interval) {
}
