package org.citybridge.events.organisation;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the local organisation read model in step with organisations-service. */
@Component
class OrganisationEventsListener {

    static final String CONSUMER = "events-service.organisations";
    /** organisations-service's topic (docs/events.md). */
    static final String TOPIC = "citybridge.organisations";

    private final EventInbox inbox;
    private final ReadModel<OrganisationView> views;

    OrganisationEventsListener(EventInbox inbox, AggregateStores stores) {
        this.inbox = inbox;
        this.views = stores.readModel(OrganisationView.class);
    }

    @KafkaListener(topics = TOPIC, groupId = CONSUMER)
    void on(String record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "organisation.registered.v1", "organisation.updated.v1" -> {
                OrganisationRegistered state = event.payloadAs(OrganisationRegistered.class);
                // Replaced whole by id: applying the same event twice leaves the same document.
                views.put(new OrganisationView(state.id(), event.municipality(), state.name(), state.kind(),
                        Visibility.valueOf(state.visibility()), state.status(), event.occurredAt()));
            }
            case "organisation.deactivated.v1", "organisation.reactivated.v1" -> {
                OrganisationStatusChanged change = event.payloadAs(OrganisationStatusChanged.class);
                // Events of one organisation arrive in order (same key), so its view exists by now.
                views.findForSystem(change.id())
                        .ifPresent(view -> views.put(view.withStatus(change.status(), event.occurredAt())));
            }
            default -> {
                // Other organisation events (pacts, municipalities) are not this read model's business.
            }
        }
    }
}
