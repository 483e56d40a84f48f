package org.citybridge.events.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mail waiting to be sent, or sent. Written in the request that causes it, sent later by
 * {@link MailDispatcher}: an SMTP server that is down delays mail, it neither loses it nor slows
 * registration. After sending, the body (which may hold a management token) is dropped.
 *
 * @param claimedUntil while an instance is sending it, others leave it alone until then
 */
@Document("mail_outbox")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
record MailJob(@Id String id, @Indexed String congressId, String registrationId, String kind, String to,
        String subject, String body, MailStatus status, int attempts, Instant nextAttemptAt, Instant claimedUntil,
        Instant createdAt, Instant sentAt, String lastError) {

    enum MailStatus {
        PENDING, SENT, FAILED
    }
}
