package org.citybridge.organisations.pact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pacts stored before they had a visibility (a store kept in ./data) get the one their status implies:
 * PRIVATE for a draft, PUBLIC once published. Without it the tenant scope would hide them from
 * everyone but their city, public pages included. It sets only that field and leaves the version alone.
 */
@Component
@Order(0)
class PactVisibilityBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PactVisibilityBackfill.class);

    private final MongoTemplate mongo;

    PactVisibilityBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        long published = backfill(PactStatus.PUBLISHED, "PUBLIC");
        long drafts = backfill(PactStatus.DRAFT, "PRIVATE");
        if (published + drafts > 0) {
            log.info("Gave {} stored pacts the visibility their status implies", published + drafts);
        }
    }

    private long backfill(PactStatus status, String visibility) {
        return mongo.updateMulti(Query.query(Criteria.where("visibility").exists(false).and("status").is(status.name())),
                Update.update("visibility", visibility), "pacts").getModifiedCount();
    }
}
