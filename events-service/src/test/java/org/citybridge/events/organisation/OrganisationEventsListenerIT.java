package org.citybridge.events.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.node.ObjectNode;

@StackTest
class OrganisationEventsListenerIT {

    @Autowired
    AggregateStores stores;

    @Autowired
    EventInbox inbox;

    @LocalServerPort
    int port;

    @Test
    void theDocumentedExampleLandsInTheReadModel() {
        ObjectNode event = example(UUID.randomUUID().toString(), "org-" + UUID.randomUUID());
        String organisationId = event.get("payload").get("id").asString();

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, event.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view(organisationId).isPresent());
        OrganisationView view = view(organisationId).orElseThrow();
        assertThat(view.name()).isEqualTo("ATIB Almelo");
        assertThat(view.municipality()).isEqualTo("almelo");
        assertThat(view.kind()).isEqualTo("SELF_ORGANISATION");
    }

    /**
     * The registration is delivered again after an update of the same organisation. Applied a second
     * time it would put the old name back; the update's name must stay. The marker (a status change
     * behind the repeat, same key, so same partition and order) proves the repeat was consumed before
     * the assertion.
     */
    @Test
    void theSameEventTwiceIsAppliedOnce() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode registered = example(UUID.randomUUID().toString(), organisationId);
        ObjectNode updated = example("organisation.updated.v1", UUID.randomUUID().toString(), organisationId);
        ((ObjectNode) updated.get("payload")).put("name", "Renamed before the repeat");
        ObjectNode marker = example("organisation.deactivated.v1", UUID.randomUUID().toString(), organisationId);

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, registered.toString());
        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, updated.toString());
        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, registered.toString());
        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, marker.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.hasProcessed(OrganisationEventsListener.CONSUMER, marker.get("id").asString()));
        assertThat(view(organisationId).orElseThrow().name()).isEqualTo("Renamed before the repeat");
        assertThat(view(organisationId).orElseThrow().status()).isEqualTo("INACTIVE");
    }

    @Test
    void anotherCitysPrivateOrganisationIsNotListed() {
        ObjectNode event = example(UUID.randomUUID().toString(), "org-" + UUID.randomUUID());
        ((ObjectNode) event.get("payload")).put("visibility", "PRIVATE");
        String organisationId = event.get("payload").get("id").asString();
        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, event.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view(organisationId).isPresent());

        assertThat(list(TestTokens.organiser("almelo"))).contains(organisationId);
        assertThat(list(TestTokens.organiser("muenster"))).doesNotContain(organisationId);
    }

    @Test
    void updatesAndDeactivationsFollowTheDocumentedExamples() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode registered = example(UUID.randomUUID().toString(), organisationId);
        ObjectNode updated = example("organisation.updated.v1", UUID.randomUUID().toString(), organisationId);
        ((ObjectNode) updated.get("payload")).put("visibility", "PRIVATE");
        ObjectNode deactivated = example("organisation.deactivated.v1", UUID.randomUUID().toString(), organisationId);

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, registered.toString());
        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, updated.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view(organisationId)
                .map(view -> view.visibility() == Visibility.PRIVATE).orElse(false));
        assertThat(view(organisationId).orElseThrow().name())
                .isEqualTo(updated.get("payload").get("name").asString());
        assertThat(list(TestTokens.organiser("muenster"))).doesNotContain(organisationId);
        assertThat(list(TestTokens.organiser("almelo"))).contains(organisationId);

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, deactivated.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "INACTIVE".equals(
                view(organisationId).orElseThrow().status()));
        assertThat(list(TestTokens.organiser("almelo"))).as("inactive organisations are not offered")
                .doesNotContain(organisationId);
    }

    /**
     * A deactivation arrives before the registration it follows (its registration is replayed later):
     * it is not dropped but kept as a private entry; the registration then fills in what only it knows
     * and the newer status stays.
     */
    @Test
    void aStatusChangeBeforeItsRegistrationIsKeptAndTheLateRegistrationCompletesIt() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode registered = example(UUID.randomUUID().toString(), organisationId);
        ObjectNode deactivated = example("organisation.deactivated.v1", UUID.randomUUID().toString(), organisationId);

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, deactivated.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view(organisationId).isPresent());
        OrganisationView early = view(organisationId).orElseThrow();
        assertThat(early.status()).isEqualTo("INACTIVE");
        assertThat(early.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(early.complete()).isFalse();

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, registered.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view(organisationId).orElseThrow().complete());
        OrganisationView late = view(organisationId).orElseThrow();
        assertThat(late.status()).as("the newer status stays").isEqualTo("INACTIVE");
        assertThat(late.kind()).isEqualTo("SELF_ORGANISATION");
        assertThat(late.visibility()).isEqualTo(Visibility.valueOf(registered.get("payload").get("visibility").asString()));
        assertThat(late.sequence()).isEqualTo(deactivated.get("sequence").asLong());
    }

    /** An update replayed after a newer update changes nothing: the sequence decides, not the arrival. */
    @Test
    void anOlderStateArrivingLateDoesNotOverwriteANewerOne() {
        String organisationId = "org-" + UUID.randomUUID();
        ObjectNode older = example("organisation.updated.v1", UUID.randomUUID().toString(), organisationId);
        ((ObjectNode) older.get("payload")).put("name", "Older name");
        older.put("sequence", 2);
        ObjectNode newer = example("organisation.updated.v1", UUID.randomUUID().toString(), organisationId);
        ((ObjectNode) newer.get("payload")).put("name", "Newer name");
        newer.put("sequence", 5);

        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, newer.toString());
        TopicProbe.send(OrganisationEventsListener.TOPIC, organisationId, older.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.hasProcessed(OrganisationEventsListener.CONSUMER, older.get("id").asString()));

        assertThat(view(organisationId).orElseThrow().name()).isEqualTo("Newer name");
    }

    private java.util.Optional<OrganisationView> view(String id) {
        ReadModel<OrganisationView> views = stores.readModel(OrganisationView.class);
        return views.findForSystem(id);
    }

    private String list(String authorization) {
        HttpResponse<String> response = ApiClient.onPort(port).get("/api/congresses/organisations?size=100",
                authorization);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The producer's documented example, with fresh ids so tests do not see each other's data. */
    private static ObjectNode example(String eventId, String organisationId) {
        return example("organisation.registered.v1", eventId, organisationId);
    }

    private static ObjectNode example(String type, String eventId, String organisationId) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(EventExamples.read(type));
        event.put("id", eventId);
        event.put("aggregateId", organisationId);
        ((ObjectNode) event.get("payload")).put("id", organisationId);
        return event;
    }
}
