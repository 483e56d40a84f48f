package org.citybridge.events.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the queued mails over SMTP, each claimed first (a conditional update) so that two instances
 * never send one twice. A mail the server refuses or cannot take is tried again later, waiting longer
 * each time (up to an hour); after {@link MailProperties#maxAttempts()} it is marked FAILED.
 */
@Component
class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private ScheduledExecutorService executor;

    MailDispatcher(MongoTemplate mongo, JavaMailSender sender, MailProperties properties, Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        running.set(true);
        executor.scheduleWithFixedDelay(this::sendDue, properties.poll().toMillis(), properties.poll().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running.set(false);
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** New mail: sent right away instead of at the next poll; many wake-ups in a row make one run. */
    void wakeUp() {
        if (running.get() && wakeUpPending.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeUpPending.set(false);
                sendDue();
            });
        }
    }

    /** Sends every mail that is due now; the public entry point of tests and of the schedule. */
    void sendDue() {
        try {
            for (MailJob job = claimNext(); job != null && running.get(); job = claimNext()) {
                send(job);
            }
        } catch (RuntimeException e) {
            log.warn("Mail queue could not be read; trying again at the next poll: {}", e.toString());
        }
    }

    private MailJob claimNext() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("status").is(MailJob.MailStatus.PENDING.name())
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by("nextAttemptAt"));
        return mongo.findAndModify(due, new Update().set("claimedUntil", now.plus(CLAIM)).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), MailJob.class);
    }

    private void send(MailJob job) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(job.to());
            helper.setSubject(job.subject());
            helper.setText(job.body());
            sender.send(message);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id())), new Update()
                    .set("status", MailJob.MailStatus.SENT.name()).set("sentAt", clock.instant())
                    .unset("body").unset("claimedUntil").unset("lastError"), MailJob.class);
        } catch (MailException | MessagingException e) {
            boolean givingUp = job.attempts() >= properties.maxAttempts();
            Duration wait = Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), 5L << Math.min(job.attempts(), 20)));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id())), new Update()
                    .set("status", (givingUp ? MailJob.MailStatus.FAILED : MailJob.MailStatus.PENDING).name())
                    .set("nextAttemptAt", clock.instant().plus(wait)).unset("claimedUntil")
                    .set("lastError", String.valueOf(e.getMessage())), MailJob.class);
            log.warn("Mail {} to the attendee of registration {} not sent (attempt {}{}): {}", job.id(),
                    job.registrationId(), job.attempts(), givingUp ? ", giving up" : ", will retry in " + wait,
                    e.toString());
        }
    }
}
