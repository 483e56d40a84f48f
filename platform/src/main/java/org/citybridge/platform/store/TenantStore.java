package org.citybridge.platform.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The store of one tenant-owned aggregate type. Every read takes the {@link Caller} and sees only what
 * {@link org.citybridge.platform.tenancy.TenantScope} lets it see: what it may not see does not exist
 * (answer 404). Get one from {@link AggregateStores#tenantOwned(Class)}.
 */
public class TenantStore<T extends TenantAggregate> extends AggregateStore<T> {

    private final ScopedReads<T> reads;

    TenantStore(MongoTemplate mongo, Class<T> type, EventTranslation<T> translation, BiConsumer<String, Object> eventsWaiting) {
        super(mongo, type, translation, eventsWaiting);
        this.reads = new ScopedReads<>(mongo, type);
    }

    /** The aggregate if the caller may read it: its own city's, or shared with it. */
    public Optional<T> findVisible(Caller caller, String id) {
        return reads.findVisible(caller, id);
    }

    /** The aggregate if it belongs to the caller's own city. */
    public Optional<T> findOwned(Caller caller, String id) {
        return reads.findOwned(caller, id);
    }

    /** A page of what the caller may read among those matching {@code filter} (null: all). */
    public Page<T> findVisible(Caller caller, Criteria filter, Pageable pageable) {
        return reads.findVisible(caller, filter, pageable);
    }

    /** A page of the caller's own city's among those matching {@code filter} (null: all). */
    public Page<T> findOwned(Caller caller, Criteria filter, Pageable pageable) {
        return reads.findOwned(caller, filter, pageable);
    }

    /**
     * Without a caller, for work nobody asked for through a request: event handlers, demo data,
     * start-up jobs, or a read whose right comes from elsewhere (an organisation that consented to be
     * listed on a published pact). An architecture test keeps it out of web packages.
     */
    public Optional<T> findForSystem(String id) {
        return reads.findForSystem(id);
    }

    /** A page of every city's among those matching {@code filter}: see {@link #findForSystem(String)}. */
    public Page<T> findForSystem(Criteria filter, Pageable pageable) {
        return reads.findForSystem(filter, pageable);
    }

    /** See {@link #findForSystem(String)}. */
    public List<T> findAllForSystem(Collection<String> ids) {
        return reads.findAllForSystem(ids);
    }
}
