package org.citybridge.platform.store;

import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.tenancy.TenantOwned;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Where a service gets the store of each of its aggregates, e.g.
 * {@code this.organisations = stores.tenantOwned(Organisation.class);} in a service's constructor.
 * Stores are cheap, stateless views; creating one per use case is fine.
 */
public class AggregateStores {

    private final MongoTemplate mongo;
    private final ObjectProvider<EventTranslation<?>> translations;
    private final ObjectProvider<OutboxRelay> relay;

    public AggregateStores(MongoTemplate mongo, ObjectProvider<EventTranslation<?>> translations,
            ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.translations = translations;
        this.relay = relay;
    }

    public <T extends TenantAggregate> TenantStore<T> tenantOwned(Class<T> type) {
        return new TenantStore<>(mongo, type, translation(type), this::wakeUpRelay);
    }

    public <T extends AggregateRoot> NetworkStore<T> networkWide(Class<T> type) {
        return new NetworkStore<>(mongo, type, translation(type), this::wakeUpRelay);
    }

    public <T extends TenantOwned> ReadModel<T> readModel(Class<T> type) {
        return new ReadModel<>(mongo, type);
    }

    @SuppressWarnings("unchecked")
    private <T extends AggregateRoot> EventTranslation<T> translation(Class<T> type) {
        return (EventTranslation<T>) translations.orderedStream()
                .filter(translation -> translation.aggregateType().equals(type))
                .findFirst().orElse(null);
    }

    /** New events go out right after the save instead of waiting for the relay's next poll. */
    private void wakeUpRelay(String collection, Object aggregateId) {
        relay.ifAvailable(outbox -> outbox.wakeUp(collection, aggregateId));
    }
}
