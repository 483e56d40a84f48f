package org.citybridge.actions.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import tools.jackson.databind.node.ObjectNode;

/** organisations-service's documented examples fed to the listener, and what the views make of them. */
@StackTest
class OrganisationsTopicListenerIT {

    private static final String TOPIC = OrganisationsTopicListener.TOPIC;

    @Autowired
    AggregateStores stores;

    @Autowired
    EventInbox inbox;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    Populations populations;

    @Autowired
    CityLanguages cityLanguages;

    @Autowired
    PactLines pactLines;

    @Autowired
    ConfigurableApplicationContext context;

    private final Queue<Object> announced = new ConcurrentLinkedQueue<>();
    private final ApplicationListener<ApplicationEvent> announcements = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            announced.add(payload.getPayload());
        }
    };

    @BeforeEach
    void listenToAnnouncements() {
        context.addApplicationListener(announcements);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(announcements);
    }

    @Test
    void theDocumentedRegistrationLandsInTheReadModel() {
        String organisationId = "org-" + UUID.randomUUID();
        send(organisationEvent("organisation.registered.v1", organisationId));

        await().until(() -> view(organisationId).isPresent());
        OrganisationView view = view(organisationId).orElseThrow();
        assertThat(view.name()).isEqualTo("ATIB Almelo");
        assertThat(view.municipality()).isEqualTo("almelo");
        assertThat(view.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(view.status()).isEqualTo("ACTIVE");
        assertThat(partners.isActive(organisationId)).isTrue();
        assertThat(partners.name(organisationId)).contains("ATIB Almelo");
    }

    @Test
    void theDocumentedDeactivationAndReactivationAreAppliedAndAnnounced() {
        String organisationId = "org-" + UUID.randomUUID();
        send(organisationEvent("organisation.registered.v1", organisationId));
        send(organisationEvent("organisation.deactivated.v1", organisationId));

        await().until(() -> announced.contains(new OrganisationDeactivated(organisationId, "almelo")));
        assertThat(partners.isActive(organisationId)).isFalse();

        send(organisationEvent("organisation.reactivated.v1", organisationId));
        await().until(() -> announced.contains(new OrganisationReactivated(organisationId, "almelo")));
        assertThat(partners.isActive(organisationId)).isTrue();
    }

    /**
     * The registration is delivered again after an update. Applied a second time it would put the old
     * name back. The marker (a status change behind the repeat, same key, so same partition and order)
     * proves the repeat was consumed before the assertion.
     */
    @Test
    void theSameEventTwiceIsAppliedOnce() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode registered = organisationEvent("organisation.registered.v1", organisationId);
        ObjectNode updated = organisationEvent("organisation.updated.v1", organisationId);
        payload(updated).put("name", "Renamed before the repeat");
        ObjectNode marker = organisationEvent("organisation.deactivated.v1", organisationId);

        send(registered);
        send(updated);
        send(registered);
        send(marker);

        await().until(() -> inbox.hasProcessed(OrganisationsTopicListener.CONSUMER, marker.get("id").asString()));
        assertThat(view(organisationId).orElseThrow().name()).isEqualTo("Renamed before the repeat");
        assertThat(view(organisationId).orElseThrow().visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(view(organisationId).orElseThrow().status()).isEqualTo("INACTIVE");
        assertThat(announced).containsOnlyOnce(new OrganisationDeactivated(organisationId, "almelo"));
    }

    /** A deactivation before its registration is kept (and announced); the late registration completes it. */
    @Test
    void aStatusChangeBeforeItsRegistrationIsKeptAndTheLateRegistrationCompletesIt() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode registered = organisationEvent("organisation.registered.v1", organisationId);
        ObjectNode deactivated = organisationEvent("organisation.deactivated.v1", organisationId);

        send(deactivated);
        await().until(() -> view(organisationId).isPresent());
        assertThat(view(organisationId).orElseThrow().complete()).isFalse();
        assertThat(view(organisationId).orElseThrow().visibility()).isEqualTo(Visibility.PRIVATE);
        await().until(() -> announced.contains(new OrganisationDeactivated(organisationId, "almelo")));

        send(registered);
        await().until(() -> view(organisationId).orElseThrow().complete());
        OrganisationView late = view(organisationId).orElseThrow();
        assertThat(late.status()).as("the newer status stays").isEqualTo("INACTIVE");
        assertThat(late.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(late.sequence()).isEqualTo(deactivated.get("sequence").asLong());
    }

    /** An update replayed after a newer one changes nothing: the sequence decides, not the arrival. */
    @Test
    void anOlderStateArrivingLateDoesNotOverwriteANewerOne() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode older = organisationEvent("organisation.updated.v1", organisationId);
        payload(older).put("name", "Older name");
        older.put("sequence", 2);
        ObjectNode newer = organisationEvent("organisation.updated.v1", organisationId);
        payload(newer).put("name", "Newer name");
        newer.put("sequence", 5);

        send(newer);
        send(older);

        await().until(() -> inbox.hasProcessed(OrganisationsTopicListener.CONSUMER, older.get("id").asString()));
        assertThat(view(organisationId).orElseThrow().name()).isEqualTo("Newer name");
    }

    @Test
    void theDocumentedMunicipalityJoiningGivesItsPopulation() {
        String municipality = "city-" + UUID.randomUUID();
        ObjectNode joined = municipalityJoined(municipality);

        send(joined);

        await().until(() -> populations.of(municipality).isPresent());
        assertThat(populations.of(municipality)).hasValue(506000);
        assertThat(cityLanguages.languagesOf(municipality)).as("its reports are printed in Dutch").containsExactly("nl");
    }

    /** An older joining replayed beyond the inbox's memory (a new event id) does not put an older figure back. */
    @Test
    void anOlderPopulationArrivingLateChangesNothing() {
        String municipality = "city-" + UUID.randomUUID();
        ObjectNode newer = municipalityJoined(municipality);
        newer.put("sequence", 2);
        payload(newer).put("population", 510000);
        ObjectNode older = municipalityJoined(municipality);
        payload(older).put("population", 400000);

        send(newer);
        send(older);

        await().until(() -> inbox.hasProcessed(OrganisationsTopicListener.CONSUMER, older.get("id").asString()));
        assertThat(populations.of(municipality)).hasValue(510000);
    }

    @Test
    void theDocumentedPactPublicationGivesItsLinesOfWork() {
        String municipality = "city-" + UUID.randomUUID();
        send(pactPublished(municipality, "2011-03-01T09:00:00Z"));

        await().until(() -> pactLines.title(municipality, 1).isPresent());
        assertThat(pactLines.title(municipality, 2)).contains("Interculturalisatie van voorzieningen");
        assertThat(pactLines.title(municipality, 5)).isEmpty();
        assertThat(pactLines.title("almelo-" + UUID.randomUUID(), 1)).isEmpty();
    }

    /** The latest published pact's lines count, whatever order the publications arrive in. */
    @Test
    void theLatestPublishedPactWins() {
        String municipality = "city-" + UUID.randomUUID();
        ObjectNode first = pactPublished(municipality, "2011-03-01T09:00:00Z");
        ObjectNode second = pactPublished(municipality, "2015-03-01T09:00:00Z");
        payload(second).withArray("linesOfWork").removeAll().addObject().put("number", 1).put("title", "Samen leven");

        // Two pacts are two record keys; one key here, so that the older one surely arrives last.
        TopicProbe.send(TOPIC, municipality, second.toString());
        TopicProbe.send(TOPIC, municipality, first.toString());

        await().until(() -> inbox.hasProcessed(OrganisationsTopicListener.CONSUMER, first.get("id").asString()));
        assertThat(pactLines.title(municipality, 1)).contains("Samen leven");
        assertThat(pactLines.title(municipality, 2)).as("the older pact's lines are gone").isEmpty();
    }

    private Optional<OrganisationView> view(String id) {
        return stores.readModel(OrganisationView.class).findForSystem(id);
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30));
    }

    private static void send(ObjectNode event) {
        TopicProbe.send(TOPIC, event.get("aggregateId").asString(), event.toString());
    }

    /** The producer's documented example, with fresh ids so tests do not see each other's data. */
    private static ObjectNode organisationEvent(String type, String organisationId) {
        ObjectNode event = example(type);
        event.put("aggregateId", organisationId);
        payload(event).put("id", organisationId);
        return event;
    }

    private static ObjectNode municipalityJoined(String municipality) {
        ObjectNode event = example("municipality.joined.v1");
        event.put("municipality", municipality);
        event.put("aggregateId", municipality);
        payload(event).put("id", municipality);
        return event;
    }

    private static ObjectNode pactPublished(String municipality, String publishedAt) {
        ObjectNode event = example("pact.published.v1");
        String pactId = UUID.randomUUID().toString();
        event.put("municipality", municipality);
        event.put("aggregateId", pactId);
        payload(event).put("id", pactId).put("municipality", municipality).put("publishedAt", publishedAt);
        return event;
    }

    private static ObjectNode example(String type) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(EventExamples.read(type));
        event.put("id", UUID.randomUUID().toString());
        return event;
    }

    private static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }
}
