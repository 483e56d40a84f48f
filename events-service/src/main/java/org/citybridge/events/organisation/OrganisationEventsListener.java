package org.citybridge.events.organisation;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.Topics;
import org.citybridge.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the local organisation read model in step with organisations-service. */
@Component
class OrganisationEventsListener {

    static final String CONSUMER = "events-service.organisations";

    private final EventInbox inbox;
    private final OrganisationViewRepository views;

    OrganisationEventsListener(EventInbox inbox, OrganisationViewRepository views) {
        this.inbox = inbox;
        this.views = views;
    }

    @KafkaListener(topics = Topics.ORGANISATIONS, groupId = CONSUMER)
    void on(String record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "organisation.registered.v1", "organisation.updated.v1" -> {
                OrganisationRegistered state = event.payloadAs(OrganisationRegistered.class);
                // An upsert by id: applying the same event twice leaves the same document.
                views.save(new OrganisationView(state.id(), event.municipality(), state.name(), state.kind(),
                        state.visibility(), state.status(), event.occurredAt()));
            }
            case "organisation.deactivated.v1", "organisation.reactivated.v1" -> {
                OrganisationStatusChanged change = event.payloadAs(OrganisationStatusChanged.class);
                // Events of one organisation arrive in order (same key), so its view exists by now.
                views.findById(change.id())
                        .ifPresent(view -> views.save(view.withStatus(change.status(), event.occurredAt())));
            }
            default -> {
                // Other organisation events (pacts, municipalities) are not this read model's business.
            }
        }
    }
}
