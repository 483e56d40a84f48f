package org.citybridge.platform.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.citybridge.platform.outbox.OutboxEvent;
import org.citybridge.platform.outbox.OutboxFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;

/**
 * Writes aggregates of one type: the ONE way every service saves state with its events.
 * <ul>
 * <li>A new aggregate is inserted with its events in the same document.</li>
 * <li>A loaded one is written with one conditional update that matches the version it was loaded
 * with, sets its fields and APPENDS only the events recorded since it was loaded. A stale copy finds
 * no match and gets {@link OptimisticLockingFailureException} (409, or a retry on the fresh state);
 * it never writes back events the relay already published and removed, so nothing goes out twice,
 * and never loses the ones recorded meanwhile, because it cannot overwrite their document.</li>
 * </ul>
 * Reads live in the subclasses: {@link TenantStore} only through the caller's scope,
 * {@link NetworkStore} for what every member may read.
 */
public abstract class AggregateStore<T extends AggregateRoot> {

    private static final String ID = "_id";
    private static final String OUTBOX = OutboxFields.EVENTS;

    protected final MongoTemplate mongo;
    protected final Class<T> type;
    private final EventTranslation<T> translation;
    private final BiConsumer<String, Object> eventsWaiting;
    private final MongoPersistentEntity<?> entity;
    private final String collection;
    private final String versionField;

    AggregateStore(MongoTemplate mongo, Class<T> type, EventTranslation<T> translation, BiConsumer<String, Object> eventsWaiting) {
        this.mongo = mongo;
        this.type = type;
        this.translation = translation;
        this.eventsWaiting = eventsWaiting;
        this.entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        this.collection = entity.getCollection();
        this.versionField = entity.getRequiredVersionProperty().getFieldName();
    }

    /**
     * Inserts a new aggregate or writes a loaded one, with the events recorded since; returns the
     * aggregate as stored now. The instance passed in carries the new version too, so either may be
     * changed and saved again. Throws {@link OptimisticLockingFailureException}
     * when someone else saved it since it was loaded, and
     * {@link org.springframework.dao.DuplicateKeyException} when a new one's id is taken.
     */
    public T save(T aggregate) {
        List<OutboxEvent> fresh = translate(aggregate);
        T saved = aggregate.version() == null ? insert(aggregate, fresh) : update(aggregate, fresh);
        aggregate.clearRecorded();
        if (!fresh.isEmpty()) {
            eventsWaiting.accept(collection, saved.id());
        }
        return saved;
    }

    protected Optional<T> load(String id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    private List<OutboxEvent> translate(T aggregate) {
        if (aggregate.recordedEvents().isEmpty()) {
            return List.of();
        }
        if (translation == null) {
            throw new IllegalStateException(type.getName() + " recorded events, but no EventTranslation<"
                    + type.getSimpleName() + "> bean says what to publish");
        }
        List<OutboxEvent> fresh = new ArrayList<>();
        for (Object event : aggregate.recordedEvents()) {
            fresh.add(translation.toOutbox(aggregate, event));
        }
        return fresh;
    }

    private T insert(T aggregate, List<OutboxEvent> fresh) {
        Document document = write(aggregate, fresh);
        document.put(versionField, 0L);
        if (!fresh.isEmpty()) {
            document.put(OutboxFields.PENDING, true);
        }
        mongo.insert(document, collection);
        aggregate.storedAs(0L);
        aggregate.outbox().addAll(fresh);
        return aggregate;
    }

    /** The aggregate as the mapper stores it, with {@code fresh} appended to its outbox. */
    private Document write(T aggregate, List<OutboxEvent> fresh) {
        aggregate.outbox().addAll(fresh);
        Document written = new Document();
        try {
            mongo.getConverter().write(aggregate, written);
        } finally {
            aggregate.outbox().removeAll(fresh);
        }
        return written;
    }

    private T update(T aggregate, List<OutboxEvent> fresh) {
        // The mapper writes the document as a whole (nested values, enums, dates), so the update sets
        // exactly what a plain save would store; only the outbox and the version are handled apart.
        Document written = write(aggregate, fresh);
        Document set = new Document();
        Document unset = new Document();
        Set<String> handledApart = Set.of(ID, OUTBOX, versionField);
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (handledApart.contains(field)) {
                continue;
            }
            if (written.containsKey(field)) {
                set.append(field, written.get(field));
            } else {
                unset.append(field, "");
            }
        }
        if (written.containsKey("_class")) {
            set.append("_class", written.get("_class"));
        }
        Document update = new Document("$set", set).append("$inc", new Document(versionField, 1L));
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        if (!fresh.isEmpty()) {
            List<?> outbox = written.getList(OUTBOX, Object.class);
            update.append("$push", new Document(OUTBOX,
                    new Document("$each", outbox.subList(outbox.size() - fresh.size(), outbox.size()))));
            set.append(OutboxFields.PENDING, true);
        }
        Document stale = new Document(ID, written.get(ID)).append(versionField, aggregate.version());
        Document stored = mongo.execute(collection, documents -> documents.findOneAndUpdate(stale, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
        if (stored == null) {
            throw new OptimisticLockingFailureException(type.getSimpleName() + " " + aggregate.id()
                    + " was changed since version " + aggregate.version() + " was read");
        }
        T current = mongo.getConverter().read(type, stored);
        aggregate.storedAs(current.version());
        return current;
    }
}
