package org.citybridge.events.seat;

import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Takes and gives back places, and hands out wait-list positions, with MongoDB's atomic conditional
 * updates only: no lock in memory, so any number of instances of the service share one count. A place
 * is never taken when none is free, which is what makes overbooking impossible.
 */
@Service
public class Seats {

    private final MongoTemplate mongo;

    Seats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the counter of a scope with all its places free, or, if it exists, moves its capacity to
     * {@code capacity}: the places already held stay held, so a smaller capacity can leave fewer than
     * zero free only on paper, and nobody new gets in until enough have left.
     */
    public void offer(SeatScope scope, int capacity) {
        SeatCounter existing = mongo.findById(scope.key(), SeatCounter.class);
        if (existing == null) {
            Update create = new Update().setOnInsert("congressId", scope.congressId()).setOnInsert("scope", scope.scope())
                    .setOnInsert("capacity", capacity).setOnInsert("free", capacity).setOnInsert("lastPosition", 0L);
            mongo.upsert(Query.query(Criteria.where("_id").is(scope.key())), create, SeatCounter.class);
            return;
        }
        int change = capacity - existing.capacity();
        if (change != 0) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(scope.key())),
                    new Update().inc("free", change).inc("capacity", change), SeatCounter.class);
        }
    }

    /** Takes one free place, if there is one: true when this caller got it. */
    public boolean take(SeatScope scope) {
        // An update that answers only how many it changed: nothing of the hot counter document is sent back.
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(scope.key()).and("free").gt(0)),
                new Update().inc("free", -1), SeatCounter.class).getModifiedCount() == 1;
    }

    /** Gives a held place back to the free ones. */
    public void giveBack(SeatScope scope) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(scope.key())), new Update().inc("free", 1),
                SeatCounter.class);
    }

    /** The next position on the scope's wait list: 1, 2, 3, ... each handed out once. */
    public long nextPosition(SeatScope scope) {
        SeatCounter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(scope.key())),
                new Update().inc("lastPosition", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
                SeatCounter.class);
        return counter.lastPosition();
    }

    /** Free places now, or empty when the scope has no counter. */
    public OptionalLong free(SeatScope scope) {
        SeatCounter counter = mongo.findById(scope.key(), SeatCounter.class);
        return counter == null ? OptionalLong.empty() : OptionalLong.of(Math.max(0, counter.free()));
    }

    /** Free places of each scope (session id or {@value SeatScope#CONGRESS}) of a congress. */
    public Map<String, Integer> freeByScope(String congressId) {
        return mongo.find(Query.query(Criteria.where("congressId").is(congressId)), SeatCounter.class).stream()
                .collect(Collectors.toMap(SeatCounter::scope, counter -> Math.max(0, counter.free())));
    }
}
