package org.citybridge.events.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.event.Topics;
import org.citybridge.platform.inbox.EventInbox;
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
    OrganisationViewRepository views;

    @Autowired
    EventInbox inbox;

    @LocalServerPort
    int port;

    @Test
    void theDocumentedExampleLandsInTheReadModel() {
        ObjectNode event = example(UUID.randomUUID().toString(), "org-" + UUID.randomUUID());
        String organisationId = event.get("payload").get("id").asString();

        TopicProbe.send(Topics.ORGANISATIONS, organisationId, event.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> views.existsById(organisationId));
        OrganisationView view = views.findById(organisationId).orElseThrow();
        assertThat(view.name()).isEqualTo("ATIB Almelo");
        assertThat(view.municipality()).isEqualTo("almelo");
        assertThat(view.kind()).isEqualTo("SELF_ORGANISATION");
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        ObjectNode event = example(UUID.randomUUID().toString(), "org-" + UUID.randomUUID());
        String eventId = event.get("id").asString();
        String organisationId = event.get("payload").get("id").asString();

        TopicProbe.send(Topics.ORGANISATIONS, organisationId, event.toString());
        TopicProbe.send(Topics.ORGANISATIONS, organisationId, event.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.hasProcessed(OrganisationEventsListener.CONSUMER, eventId));
        assertThat(views.findAll().stream().filter(view -> view.id().equals(organisationId))).hasSize(1);
    }

    @Test
    void anotherCitysPrivateOrganisationIsNotListed() {
        ObjectNode event = example(UUID.randomUUID().toString(), "org-" + UUID.randomUUID());
        ((ObjectNode) event.get("payload")).put("visibility", "PRIVATE");
        String organisationId = event.get("payload").get("id").asString();
        TopicProbe.send(Topics.ORGANISATIONS, organisationId, event.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> views.existsById(organisationId));

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

        TopicProbe.send(Topics.ORGANISATIONS, organisationId, registered.toString());
        TopicProbe.send(Topics.ORGANISATIONS, organisationId, updated.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> views.findById(organisationId)
                .map(view -> view.visibility().equals("PRIVATE")).orElse(false));
        assertThat(views.findById(organisationId).orElseThrow().name())
                .isEqualTo(updated.get("payload").get("name").asString());
        assertThat(list(TestTokens.organiser("muenster"))).doesNotContain(organisationId);
        assertThat(list(TestTokens.organiser("almelo"))).contains(organisationId);

        TopicProbe.send(Topics.ORGANISATIONS, organisationId, deactivated.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "INACTIVE".equals(
                views.findById(organisationId).orElseThrow().status()));
        assertThat(list(TestTokens.organiser("almelo"))).as("inactive organisations are not offered")
                .doesNotContain(organisationId);
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
