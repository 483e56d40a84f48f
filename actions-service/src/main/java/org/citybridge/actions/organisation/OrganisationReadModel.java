package org.citybridge.actions.organisation;

import java.util.Optional;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps the organisation read model in step with organisations-service's events, and announces
 * deactivations and reactivations to the rest of this service. Events of one organisation normally
 * arrive in order; when they do not (a dead letter replayed, a parked event put back), the envelope's
 * sequence decides, and nothing is dropped without a trace.
 */
@Component
class OrganisationReadModel {

    private static final Logger log = LoggerFactory.getLogger(OrganisationReadModel.class);

    private final ReadModel<OrganisationView> views;
    private final ApplicationEventPublisher announcements;
    private final Counter outOfOrder;

    OrganisationReadModel(AggregateStores stores, ApplicationEventPublisher announcements, MeterRegistry meters) {
        this.views = stores.readModel(OrganisationView.class);
        this.announcements = announcements;
        this.outOfOrder = OrganisationsTopicListener.outOfOrder(meters);
    }

    Optional<OrganisationView> find(String organisationId) {
        return organisationId == null ? Optional.empty() : views.findForSystem(organisationId);
    }

    /** The full shareable state: replaces the view, unless the view already knows newer news. */
    void applyState(EventEnvelope event) {
        OrganisationState state = event.payloadAs(OrganisationState.class);
        Visibility visibility = Visibility.valueOf(state.visibility());
        Optional<OrganisationView> known = views.findForSystem(state.id());
        if (known.isPresent() && event.isOlderThan(known.get().sequence())) {
            outOfOrder.increment();
            if (!known.get().complete()) {
                views.put(known.get().completedBy(state.name(), visibility));
            }
            log.info("{} {} of organisation {} is older than what the view knows (sequence {} <= {}); "
                    + "only what it alone knows was kept", event.type(), event.id(), state.id(), event.sequence(),
                    known.get().sequence());
            return;
        }
        views.put(new OrganisationView(state.id(), event.municipality(), state.name(), visibility, state.status(),
                event.sequence(), true));
    }

    /**
     * A status change, announced once applied. If the organisation's state has not arrived, the view is
     * made from what the change says and kept PRIVATE until the state comes: the change is never
     * dropped. The change delivered again after it was applied (a listener of the announcement failed,
     * so the event was not marked processed) is announced again, not skipped as old.
     */
    void applyStatus(EventEnvelope event) {
        OrganisationStatusChange change = event.payloadAs(OrganisationStatusChange.class);
        Optional<OrganisationView> known = views.findForSystem(change.id());
        if (known.isEmpty()) {
            outOfOrder.increment();
            log.warn("{} {} of organisation {} arrived before its registration; kept as an incomplete, private "
                    + "entry until the registration comes", event.type(), event.id(), change.id());
            views.put(OrganisationView.fromStatusChange(change.id(), event.municipality(), change.name(),
                    change.status(), event.sequence()));
        } else if (isTheChangeAlreadyApplied(event, change, known.get())) {
            log.info("{} {} of organisation {} was applied before; announced again", event.type(), event.id(),
                    change.id());
        } else if (event.isOlderThan(known.get().sequence())) {
            outOfOrder.increment();
            log.info("{} {} of organisation {} is older than what the view knows; ignored", event.type(), event.id(),
                    change.id());
            return;
        } else {
            views.put(known.get().withStatus(change.status(), event.sequence()));
        }
        announce(change, event.municipality());
    }

    private static boolean isTheChangeAlreadyApplied(EventEnvelope event, OrganisationStatusChange change,
            OrganisationView known) {
        return event.sequence() != null && event.sequence().equals(known.sequence())
                && change.status().equals(known.status());
    }

    private void announce(OrganisationStatusChange change, String municipality) {
        if (OrganisationView.ACTIVE.equals(change.status())) {
            announcements.publishEvent(new OrganisationReactivated(change.id(), municipality));
        } else {
            announcements.publishEvent(new OrganisationDeactivated(change.id(), municipality));
        }
    }
}
