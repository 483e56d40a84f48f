package org.citybridge.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.mail.MailQueue;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes a congress's personal data {@link RetentionProperties#keptAfterEnd()} after it ended: names,
 * emails, needs and tokens of its registrations, and its queued mails. Statuses, sessions, organisations
 * and cities stay, so the counts stay. Safe to run on several instances and to run again: a purged
 * registration is purged again to the same state, and the congress is marked last.
 */
@Component
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final CongressService congresses;
    private final TenantStore<Registration> registrations;
    private final MailQueue mails;
    private final RetentionProperties properties;
    private final Clock clock;

    PersonalDataRetention(CongressService congresses, AggregateStores stores, MailQueue mails,
            RetentionProperties properties, Clock clock) {
        this.congresses = congresses;
        this.registrations = stores.tenantOwned(Registration.class);
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${citybridge.events.retention.interval:PT1H}",
            fixedDelayString = "${citybridge.events.retention.interval:PT1H}")
    void run() {
        try {
            purgeDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Retention run failed; the next run tries again: {}", e.toString());
        }
    }

    /** Purges every congress whose retention ended at {@code now}; returns how many. */
    public int purgeDue(Instant now) {
        Instant endedBefore = now.minus(properties.keptAfterEnd());
        List<Congress> due = congresses.forSystem(Criteria.where("personalDataPurgedAt").is(null).and("endsAt")
                .lte(endedBefore), PageRequest.of(0, 50)).getContent();
        for (Congress congress : due) {
            purge(congress, now);
        }
        return due.size();
    }

    private void purge(Congress congress, Instant now) {
        int purged = 0;
        while (true) {
            List<Registration> batch = registrations.findForSystem(Criteria.where("congressId").is(congress.id())
                    .and("personalDataPurged").is(false), PageRequest.of(0, 200)).getContent();
            if (batch.isEmpty()) {
                break;
            }
            for (Registration registration : batch) {
                ConcurrentSaves.retried("registration", () -> {
                    Registration fresh = registrations.findForSystem(registration.id()).orElseThrow();
                    fresh.purgePersonalData();
                    return registrations.save(fresh);
                });
                purged++;
            }
        }
        mails.forgetCongress(congress.id());
        ConcurrentSaves.retried("congress", () -> {
            Congress fresh = congresses.forSystem(congress.id()).orElseThrow();
            fresh.personalDataPurged(now);
            return congresses.save(fresh);
        });
        log.info("Personal data of {} registrations of congress {} removed (ended {})", purged, congress.id(),
                congress.endsAt());
    }
}
