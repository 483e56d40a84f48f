package org.citybridge.platform.store;

import java.util.Optional;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantOwned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A service's local copy of another service's tenant-owned data, kept by an event listener (e.g.
 * events-service's organisation directory). Not an aggregate: it records no events and is replaced
 * whole. Its reads are scoped like a {@link TenantStore}'s. Get one from
 * {@link AggregateStores#readModel(Class)}.
 */
public class ReadModel<T extends TenantOwned> {

    private final MongoTemplate mongo;
    private final ScopedReads<T> reads;

    ReadModel(MongoTemplate mongo, Class<T> type) {
        this.mongo = mongo;
        this.reads = new ScopedReads<>(mongo, type);
    }

    /** Inserts or replaces the document with its id: applying the same event twice leaves the same document. */
    public T put(T document) {
        return mongo.save(document);
    }

    public Optional<T> findVisible(Caller caller, String id) {
        return reads.findVisible(caller, id);
    }

    public Page<T> findVisible(Caller caller, Criteria filter, Pageable pageable) {
        return reads.findVisible(caller, filter, pageable);
    }

    /** For the listener that keeps the copy: it applies events, no caller asked. */
    public Optional<T> findForSystem(String id) {
        return reads.findForSystem(id);
    }
}
