package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.pact.PactClient.ALMELO;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citybridge.organisations.organisation.OrganisationsApi;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each change of a pact goes out once, shaped like its documented example. */
@StackTest
class PactEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    TenantStore<Pact> pacts() {
        return stores.tenantOwned(Pact.class);
    }

    @Autowired
    OutboxRelay relay;

    PactClient client;

    @BeforeEach
    void client() {
        client = new PactClient(port);
    }

    @Test
    void publishingSigningAndWithdrawingEmitOneEventEachShapedLikeTheExamples() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Evented " + UUID.randomUUID());
        String signature = client.signed(pact, organisation, "A. Jansen");
        client.withdraw(pact, signature, "2012-01-01", ALMELO);

        EventEnvelope published = only(pact, "pact.published.v1");
        EventEnvelope signed = only(pact, "pact.signed.v1");
        EventEnvelope withdrawn = only(pact, "pact.signature-withdrawn.v1");

        assertThat(published.municipality()).isEqualTo("almelo");
        assertThat(published.payload().get("linesOfWork")).hasSize(4);
        assertThat(published.payload().get("period").get("toYear").asInt()).isEqualTo(2014);
        assertThat(signed.payload().get("signatureId").asString()).isEqualTo(signature);
        assertThat(signed.payload().get("organisationId").asString()).isEqualTo(organisation);
        assertThat(signed.payload().has("responsibleName")).isFalse();
        assertThat(withdrawn.payload().get("withdrawnOn").asString()).isEqualTo("2012-01-01");
        assertThat(List.of(published, signed, withdrawn)).extracting(EventEnvelope::aggregateId).containsOnly(pact);
    }

    @Test
    void theSignedEventHasTheDocumentedShapeWithCommitments() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Committed " + UUID.randomUUID());
        client.post("/api/pacts/" + pact + "/signatures", PactClient.signJson(organisation, "A. Jansen", "2011-03-15",
                true, "[{\"lineOfWork\": 2, \"text\": \"Tolken in het wijkcentrum\"}]"), ALMELO);

        EventEnvelope signed = only(pact, "pact.signed.v1");

        assertThat(signed.payload().get("commitments").get(0).get("lineOfWork").asInt()).isEqualTo(2);
    }

    @Test
    void draftsAndTheirEditsEmitNothing() {
        String draft = client.draft();
        client.put("/api/pacts/" + draft, PactClient.pactJson("Edited " + UUID.randomUUID()), ALMELO);
        String published = client.published();
        only(published, "pact.published.v1");

        assertThat(TopicProbe.readAll(OrganisationsApi.TOPIC)).noneMatch(record -> draft.equals(record.key()));
    }

    /**
     * The relay publishes and removes an event while an officer's request still holds the pact as it
     * was read, with that event in it. Writing the pact back must not bring the event back.
     */
    @Test
    void anEventPublishedWhileThePactWasBeingChangedIsNotPublishedAgain() {
        relay.stop();
        String pact;
        try {
            pact = client.published();
            Pact held = pacts().findForSystem(pact).orElseThrow();
            assertThat(held.pendingEvents()).hasSize(1);

            relay.publishPending();
            held.sign(UUID.randomUUID().toString(), PactFixtures.signing(
                    client.organisation(ALMELO, "Held " + UUID.randomUUID()), "Held"), Instant.now(), "test");
            pacts().save(held);

            assertThat(pacts().findForSystem(pact).orElseThrow().pendingEvents()).extracting(e -> e.type())
                    .containsExactly("pact.signed.v1");
            relay.publishPending();
        } finally {
            relay.start();
        }
        only(pact, "pact.published.v1");
        only(pact, "pact.signed.v1");
    }

    /** Waits until the pact's outbox is empty, then expects exactly one record of the type. */
    private EventEnvelope only(String pactId, String type) {
        TopicProbe.awaitRecords(OrganisationsApi.TOPIC, record -> pactId.equals(record.key()) && type.equals(type(record)));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> pacts().findForSystem(pactId).orElseThrow().pendingEvents().isEmpty());
        List<ConsumerRecord<String, String>> records = TopicProbe.readAll(OrganisationsApi.TOPIC).stream()
                .filter(record -> pactId.equals(record.key()) && type.equals(type(record))).toList();
        assertThat(records).as("%s records of pact %s", type, pactId).hasSize(1);
        EventExamples.assertSameShape(type, records.get(0).value());
        return EventJson.read(records.get(0).value());
    }

    private static String type(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value()).type();
    }
}
