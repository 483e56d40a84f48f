package org.citybridge.organisations.pact;

import org.citybridge.organisations.organisation.Organisation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sets {@code publiclyListed} on the organisation's document, the field the organisation aggregate
 * keeps it in. Written directly because this branch's {@link Organisation} has no intention for it
 * yet; once it has {@code listPublicly()}, this becomes load, call, save. The version goes up with
 * the change so that a concurrent save of the organisation fails instead of silently undoing it.
 */
@Component
class MongoPublicListing implements PublicListing {

    private final MongoTemplate mongo;

    MongoPublicListing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void listPublicly(String organisationId) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(organisationId).and("publiclyListed").ne(true)),
                new Update().set("publiclyListed", true).inc("version", 1),
                mongo.getCollectionName(Organisation.class));
    }
}
