package org.citybridge.events.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl   where people open their management link: CityBridge's public address (CITYBRIDGE_URL)
 * @param from        the sender of attendees' mails
 * @param poll        how often the queue is looked at when nothing woke it up
 * @param maxAttempts after so many failed attempts a mail is marked FAILED and left for an operator
 */
@ConfigurationProperties("citybridge.events.mail")
public record MailProperties(@DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("CityBridge <no-reply@citybridge.local>") String from, @DefaultValue("5s") Duration poll,
        @DefaultValue("20") int maxAttempts) {
}
