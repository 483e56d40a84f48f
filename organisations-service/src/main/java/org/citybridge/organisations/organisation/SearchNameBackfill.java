package org.citybridge.organisations.organisation;

import org.bson.Document;
import org.citybridge.platform.search.SearchText;
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
 * Organisations stored before names were searchable have no search field; this fills it in at start-up,
 * so that a store kept in ./data finds them too. It sets only that field and leaves the version alone,
 * because it changes nothing an officer could see.
 */
@Component
@Order(0)
class SearchNameBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchNameBackfill.class);

    private final MongoTemplate mongo;

    SearchNameBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Query missing = Query.query(Criteria.where("searchName").exists(false));
        missing.fields().include("name");
        int filled = 0;
        for (Document organisation : mongo.find(missing, Document.class, "organisations")) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(organisation.get("_id"))),
                    Update.update("searchName", SearchText.normalise(organisation.getString("name"))), "organisations");
            filled++;
        }
        if (filled > 0) {
            log.info("Made {} organisations searchable by name", filled);
        }
    }
}
