package org.citybridge.platform.store;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The store of an aggregate that belongs to the whole network rather than one city (the member
 * municipalities themselves): every member may read it. Who may change it is the route's declaration.
 * Get one from {@link AggregateStores#networkWide(Class)}.
 */
public class NetworkStore<T extends AggregateRoot> extends AggregateStore<T> {

    NetworkStore(MongoTemplate mongo, Class<T> type, EventTranslation<T> translation, BiConsumer<String, Object> eventsWaiting) {
        super(mongo, type, translation, eventsWaiting);
    }

    public Optional<T> findById(String id) {
        return load(id);
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), type);
    }

    /** A page of those matching {@code filter} (null: all). */
    public Page<T> findAll(Criteria filter, Pageable pageable) {
        Query query = filter == null ? new Query() : Query.query(filter);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), type), pageable,
                () -> mongo.count(query, type));
    }
}
