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
        if ("organisation.registered.v1".equals(event.type())) {
            OrganisationRegistered registered = event.payloadAs(OrganisationRegistered.class);
            // An upsert by id: applying the same event twice leaves the same document.
            views.save(new OrganisationView(registered.id(), event.municipality(), registered.name(),
                    registered.kind(), registered.visibility(), event.occurredAt()));
        }
    }
}
