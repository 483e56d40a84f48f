package org.citybridge.platform.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.TenantScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** The reads of tenant-owned documents, each one scoped by {@link TenantScope}; shared by stores and read models. */
final class ScopedReads<T extends TenantOwned> {

    private final MongoTemplate mongo;
    private final Class<T> type;

    ScopedReads(MongoTemplate mongo, Class<T> type) {
        this.mongo = mongo;
        this.type = type;
    }

    Optional<T> findVisible(Caller caller, String id) {
        return findOne(TenantScope.visibleTo(caller), id);
    }

    Optional<T> findOwned(Caller caller, String id) {
        return TenantScope.ownedBy(caller).flatMap(owned -> findOne(owned, id));
    }

    Page<T> findVisible(Caller caller, Criteria filter, Pageable pageable) {
        return page(TenantScope.visibleTo(caller), filter, pageable);
    }

    Page<T> findOwned(Caller caller, Criteria filter, Pageable pageable) {
        return TenantScope.ownedBy(caller).map(owned -> page(owned, filter, pageable))
                .orElseGet(() -> Page.empty(pageable));
    }

    Optional<T> findForSystem(String id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    List<T> findAllForSystem(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), type);
    }

    Page<T> findForSystem(Criteria filter, Pageable pageable) {
        return page(new Criteria(), filter, pageable);
    }

    private Optional<T> findOne(Criteria scope, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(
                Criteria.where("_id").is(id), scope)), type));
    }

    private Page<T> page(Criteria scope, Criteria filter, Pageable pageable) {
        Criteria criteria = filter == null ? scope : new Criteria().andOperator(scope, filter);
        List<T> content = mongo.find(Query.query(criteria).with(pageable), type);
        return PageableExecutionUtils.getPage(content, pageable, () -> mongo.count(Query.query(criteria), type));
    }
}
