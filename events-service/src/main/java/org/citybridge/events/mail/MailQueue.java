package org.citybridge.events.mail;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Where the registration flow leaves mails: written at once, sent by {@link MailDispatcher} soon after. */
@Service
public class MailQueue {

    private final MongoTemplate mongo;
    private final MailDispatcher dispatcher;
    private final Clock clock;

    MailQueue(MongoTemplate mongo, MailDispatcher dispatcher, Clock clock) {
        this.mongo = mongo;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public void send(Letter letter) {
        if (letter.to() == null || letter.to().isBlank()) {
            return;
        }
        MailTemplates.Written written = MailTemplates.write(letter);
        mongo.insert(new MailJob(UUID.randomUUID().toString(), letter.congressId(), letter.registrationId(),
                letter.kind().name(), letter.to(), written.subject(), written.body(), MailJob.MailStatus.PENDING, 0,
                clock.instant(), null, clock.instant(), null, null));
        dispatcher.wakeUp();
    }

    /** Retention: a congress's mails go with its attendees' personal data. */
    public void forgetCongress(String congressId) {
        mongo.remove(Query.query(Criteria.where("congressId").is(congressId)), MailJob.class);
    }
}
