package org.citybridge.actions.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The lines of work of each city's latest published pact, from {@code pact.published.v1}. Pacts are
 * different aggregates, so their sequences cannot order them: the publication time does.
 */
@Component
class LatestPactLines implements PactLines {

    private static final Logger log = LoggerFactory.getLogger(LatestPactLines.class);

    private final ReadModel<PactLinesView> views;
    private final Counter outOfOrder;

    LatestPactLines(AggregateStores stores, MeterRegistry meters) {
        this.views = stores.readModel(PactLinesView.class);
        this.outOfOrder = OrganisationsTopicListener.outOfOrder(meters);
    }

    @Override
    public Optional<String> title(String municipality, int number) {
        return municipality == null ? Optional.empty()
                : views.findForSystem(municipality).flatMap(view -> view.title(number));
    }

    void published(EventEnvelope event) {
        PactPublished pact = event.payloadAs(PactPublished.class);
        Instant publishedAt = pact.publishedAt() != null ? pact.publishedAt() : event.occurredAt();
        Optional<PactLinesView> known = views.findForSystem(event.municipality());
        if (known.isPresent() && publishedAt.isBefore(known.get().publishedAt())) {
            outOfOrder.increment();
            log.info("{} {} publishes pact {} of {} earlier than the pact {} known; ignored", event.type(), event.id(),
                    pact.id(), event.municipality(), known.get().pactId());
            return;
        }
        List<PactLinesView.Line> lines = pact.linesOfWork() == null ? List.of()
                : pact.linesOfWork().stream().map(line -> new PactLinesView.Line(line.number(), line.title())).toList();
        views.put(PactLinesView.of(event.municipality(), pact.id(), publishedAt, lines));
    }
}
