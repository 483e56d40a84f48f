package org.citybridge.organisations.pact;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.citybridge.platform.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import com.mongodb.client.result.UpdateResult;

/**
 * Where pacts are kept. A changed pact is written as ONE conditional update (matching its version)
 * that sets its fields and APPENDS only the events recorded since it was loaded. A plain
 * {@code save} would write back the whole outbox as it was when loaded: had the relay published and
 * removed an event in between, the save would put it back and it would go out twice.
 */
@Component
public class Pacts {

    private static final Set<String> NOT_SET = Set.of("_id", "_class", "outbox", "version");

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    Pacts(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Optional<Pact> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Pact.class));
    }

    public boolean existsById(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Pact.class);
    }

    /** The caller's city's pacts, drafts included, and every published pact of the network. */
    public Page<Pact> findVisibleToMunicipality(String municipality, Pageable pageable) {
        Criteria visible = municipality == null ? Criteria.where("status").is(PactStatus.PUBLISHED)
                : new Criteria().orOperator(Criteria.where("municipality").is(municipality),
                        Criteria.where("status").is(PactStatus.PUBLISHED));
        List<Pact> content = mongo.find(Query.query(visible).with(pageable), Pact.class);
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(Query.query(visible), Pact.class));
    }

    public Pact insert(Pact pact) {
        return mongo.insert(pact);
    }

    /**
     * Writes a changed pact if nobody changed it since it was loaded; otherwise throws
     * {@link OptimisticLockingFailureException}. Returns the pact as stored now.
     */
    public Pact update(Pact pact) {
        Document document = new Document();
        mongo.getConverter().write(pact, document);
        Update update = new Update();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Pact.class);
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (NOT_SET.contains(field)) {
                continue;
            }
            if (document.containsKey(field)) {
                update.set(field, document.get(field));
            } else {
                update.unset(field);
            }
        }
        List<?> outbox = document.getList("outbox", Object.class, List.of());
        int fresh = pact.eventsRecordedSinceLoad().size();
        if (fresh > 0) {
            update.push("outbox").each(outbox.subList(outbox.size() - fresh, outbox.size()).toArray());
        }
        update.inc("version", 1);
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(pact.id()).and("version").is(pact.version())), update,
                mongo.getCollectionName(Pact.class));
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Pact " + pact.id() + " was changed since version "
                    + pact.version() + " was read");
        }
        if (fresh > 0) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return findById(pact.id()).orElseThrow();
    }
}
