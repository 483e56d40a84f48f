package org.citybridge.events.organisation;

import java.util.Optional;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps the local organisation read model in step with organisations-service. Events of one
 * organisation normally arrive in order; when they do not (a dead letter replayed, a parked event put
 * back), the envelope's sequence decides, and nothing is dropped without a trace.
 */
@Component
class OrganisationEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OrganisationEventsListener.class);
    static final String CONSUMER = "events-service.organisations";
    /** organisations-service's topic (docs/events.md). */
    static final String TOPIC = "citybridge.organisations";

    private final EventInbox inbox;
    private final ReadModel<OrganisationView> views;
    private final Counter outOfOrder;

    OrganisationEventsListener(EventInbox inbox, AggregateStores stores, MeterRegistry meters) {
        this.inbox = inbox;
        this.views = stores.readModel(OrganisationView.class);
        this.outOfOrder = Counter.builder("citybridge.consumer.out-of-order")
                .description("Events applied although an older or a newer one was missing or already there")
                .tag("consumer", CONSUMER).register(meters);
    }

    @KafkaListener(topics = TOPIC, groupId = CONSUMER)
    void on(String record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "organisation.registered.v1", "organisation.updated.v1" -> applyState(event);
            case "organisation.deactivated.v1", "organisation.reactivated.v1" -> applyStatus(event);
            default -> {
                // Other organisation events (pacts, municipalities) are not this read model's business.
            }
        }
    }

    /** The full shareable state: replaces the view, unless the view already knows newer news. */
    private void applyState(EventEnvelope event) {
        OrganisationRegistered state = event.payloadAs(OrganisationRegistered.class);
        Visibility visibility = Visibility.valueOf(state.visibility());
        Optional<OrganisationView> known = views.findForSystem(state.id());
        if (known.isPresent() && event.isOlderThan(known.get().sequence())) {
            outOfOrder.increment();
            if (!known.get().complete()) {
                views.put(known.get().completedBy(state.name(), state.kind(), visibility));
            }
            log.info("{} {} of organisation {} is older than what the view knows (sequence {} <= {}); "
                    + "only what it alone knows was kept", event.type(), event.id(), state.id(), event.sequence(),
                    known.get().sequence());
            return;
        }
        views.put(new OrganisationView(state.id(), event.municipality(), state.name(), state.kind(), visibility,
                state.status(), event.occurredAt(), event.sequence(), true));
    }

    /**
     * A status change. If the organisation's state has not arrived (a registration replayed later, a
     * topic read from a point after it), the view is made from what the change says, kept PRIVATE until
     * the state comes: the change is never dropped.
     */
    private void applyStatus(EventEnvelope event) {
        OrganisationStatusChanged change = event.payloadAs(OrganisationStatusChanged.class);
        Optional<OrganisationView> known = views.findForSystem(change.id());
        if (known.isEmpty()) {
            outOfOrder.increment();
            log.warn("{} {} of organisation {} arrived before its registration; kept as an incomplete, private "
                    + "entry until the registration comes", event.type(), event.id(), change.id());
            views.put(OrganisationView.fromStatusChange(change.id(), event.municipality(), change.name(),
                    change.status(), event.occurredAt(), event.sequence()));
            return;
        }
        if (event.isOlderThan(known.get().sequence())) {
            outOfOrder.increment();
            log.info("{} {} of organisation {} is older than what the view knows; ignored", event.type(), event.id(),
                    change.id());
            return;
        }
        views.put(known.get().withStatus(change.status(), event.occurredAt(), event.sequence()));
    }
}
