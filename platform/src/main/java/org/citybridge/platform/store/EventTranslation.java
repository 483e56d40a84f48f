package org.citybridge.platform.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.citybridge.platform.event.EventType;
import org.citybridge.platform.outbox.OutboxEvent;

/**
 * Turns one aggregate type's domain events into the integration events other services read: the one
 * place per aggregate where the public contract (docs/events.md) is made. A service declares it as a
 * bean in its {@code messaging} package; the domain never sees it, so the dependency points one way.
 *
 * <pre>{@code
 * @Component
 * class OrganisationEvents extends EventTranslation<Organisation> {
 *     OrganisationEvents() {
 *         super(Organisation.class);
 *         translate(Organisation.Registered.class, REGISTERED, event -> new OrganisationRegistered(...));
 *     }
 * }
 * }</pre>
 */
public abstract class EventTranslation<T extends AggregateRoot> {

    private record Rule(EventType type, Function<Object, ?> payload) {
    }

    private final Class<T> aggregateType;
    private final Map<Class<?>, Rule> rules = new LinkedHashMap<>();

    protected EventTranslation(Class<T> aggregateType) {
        this.aggregateType = aggregateType;
    }

    /** Publishes every domain event of this class as {@code type}, with the payload the function makes. */
    @SuppressWarnings("unchecked")
    protected final <E> void translate(Class<E> domainEvent, EventType type, Function<? super E, ?> payload) {
        if (rules.putIfAbsent(domainEvent, new Rule(type, (Function<Object, ?>) payload)) != null) {
            throw new IllegalStateException(domainEvent.getName() + " is translated twice");
        }
    }

    public Class<T> aggregateType() {
        return aggregateType;
    }

    public List<EventType> eventTypes() {
        return rules.values().stream().map(Rule::type).distinct().toList();
    }

    /**
     * A domain event nobody declared a translation for is a programming error: dropping it quietly
     * would lose an event, so the save fails instead.
     */
    OutboxEvent toOutbox(T aggregate, Object domainEvent) {
        Rule rule = rules.get(domainEvent.getClass());
        if (rule == null) {
            throw new IllegalStateException("No integration event for " + domainEvent.getClass().getName()
                    + ": add it to " + getClass().getName());
        }
        return OutboxEvent.of(rule.type(), aggregate.municipality(), aggregate.id(), rule.payload().apply(domainEvent),
                aggregate.nextEventSequence());
    }
}
