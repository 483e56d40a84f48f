package org.citybridge.platform.tenancy;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which municipalities belong to the network. The founding members come from configuration; every
 * later one from {@code municipality.joined.v1}, kept in this service's own database so that all its
 * instances see it and it survives restarts. A token naming any other municipality is refused.
 */
public class Membership {

    @Document("network_members")
    record Member(@Id String id, Instant joinedAt) {
    }

    private final MongoTemplate mongo;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public Membership(MongoTemplate mongo, Set<String> foundingMembers) {
        this.mongo = mongo;
        foundingMembers.forEach(member -> known.add(normalise(member)));
    }

    public boolean isMember(String municipality) {
        String slug = normalise(municipality);
        if (known.contains(slug)) {
            return true;
        }
        // Members never leave, so a positive answer is cached; a negative one is asked again next time.
        boolean member = mongo.exists(Query.query(Criteria.where("_id").is(slug)), Member.class);
        if (member) {
            known.add(slug);
        }
        return member;
    }

    /** Idempotent: joining twice leaves one member. */
    public void join(String municipality, Instant joinedAt) {
        String slug = normalise(municipality);
        mongo.upsert(Query.query(Criteria.where("_id").is(slug)), new Update().setOnInsert("joinedAt", joinedAt),
                Member.class);
        known.add(slug);
    }

    private static String normalise(String municipality) {
        return municipality.trim().toLowerCase(Locale.ROOT);
    }
}
