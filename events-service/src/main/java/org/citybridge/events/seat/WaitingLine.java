package org.citybridge.events.seat;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The wait lists of congresses and sessions, first come first served. */
@Service
public class WaitingLine {

    /** Who is next: the registration and the position it waits at. */
    public record Waiting(String registrationId, long position) {
    }

    private final MongoTemplate mongo;

    WaitingLine(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Puts a registration in the line at a position from {@link Seats#nextPosition(SeatScope)}. */
    public void join(SeatScope scope, long position, String registrationId) {
        mongo.save(new WaitListEntry(scope.key() + "|" + position, scope.congressId(), scope.scope(), position,
                registrationId));
    }

    /**
     * Takes a person out of the line to give them a place: an atomic removal, so that of several
     * instances handing over places at once exactly one gets each person.
     *
     * @return whether this caller removed the entry (false: someone else did, or it never was)
     */
    public boolean claim(SeatScope scope, long position) {
        return mongo.findAndRemove(Query.query(Criteria.where("_id").is(scope.key() + "|" + position)),
                WaitListEntry.class) != null;
    }

    public void leave(SeatScope scope, long position) {
        mongo.remove(Query.query(Criteria.where("_id").is(scope.key() + "|" + position)), WaitListEntry.class);
    }

    /** The first few in line, oldest position first. */
    public List<Waiting> first(SeatScope scope, int count) {
        Query query = Query.query(Criteria.where("congressId").is(scope.congressId()).and("scope").is(scope.scope()))
                .with(Sort.by("position")).limit(count);
        return mongo.find(query, WaitListEntry.class).stream()
                .map(entry -> new Waiting(entry.registrationId(), entry.position())).toList();
    }

    public boolean anyone(SeatScope scope) {
        return mongo.exists(Query.query(Criteria.where("congressId").is(scope.congressId()).and("scope")
                .is(scope.scope())), WaitListEntry.class);
    }

    /** How many wait before this position: the live place in line, 1 for the first. */
    public long placeInLine(SeatScope scope, long position) {
        return mongo.count(Query.query(Criteria.where("congressId").is(scope.congressId()).and("scope")
                .is(scope.scope()).and("position").lt(position)), WaitListEntry.class) + 1;
    }

    public long length(SeatScope scope) {
        return mongo.count(Query.query(Criteria.where("congressId").is(scope.congressId()).and("scope")
                .is(scope.scope())), WaitListEntry.class);
    }
}
