package org.citybridge.actions.organisation;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads organisations-service's topic once for all the views the actions ask: organisations (partners),
 * municipalities (populations) and published pacts (lines of work). Each event is handled once per
 * this consumer (the inbox); each view also keeps its own order, for replays beyond the inbox.
 */
@Component
class OrganisationsTopicListener {

    static final String CONSUMER = "actions-service.organisations";
    /** organisations-service's topic (docs/events.md). */
    static final String TOPIC = "citybridge.organisations";

    private final EventInbox inbox;
    private final OrganisationReadModel organisations;
    private final MunicipalityPopulations populations;
    private final LatestPactLines pactLines;
    private final AdoptedVisionObjectives visions;

    OrganisationsTopicListener(EventInbox inbox, OrganisationReadModel organisations,
            MunicipalityPopulations populations, LatestPactLines pactLines, AdoptedVisionObjectives visions) {
        this.inbox = inbox;
        this.organisations = organisations;
        this.populations = populations;
        this.pactLines = pactLines;
        this.visions = visions;
    }

    /** Events applied although an older or a newer one was missing or already there. */
    static Counter outOfOrder(MeterRegistry meters) {
        return Counter.builder("citybridge.consumer.out-of-order")
                .description("Events applied although an older or a newer one was missing or already there")
                .tag("consumer", CONSUMER).register(meters);
    }

    @KafkaListener(topics = TOPIC, groupId = CONSUMER)
    void on(String record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case "organisation.registered.v1", "organisation.updated.v1" -> organisations.applyState(event);
            case "organisation.deactivated.v1", "organisation.reactivated.v1" -> organisations.applyStatus(event);
            case "municipality.joined.v1" -> populations.joined(event);
            case "pact.published.v1" -> pactLines.published(event);
            case "vision.adopted.v1" -> visions.adopted(event);
            default -> {
                // Signatures of pacts are not what the actions ask about.
            }
        }
    }
}
