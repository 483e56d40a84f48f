package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestStack;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the broker down, registering still succeeds and the event goes out, once, when it is back. */
@StackTest
class BrokerOutageIT {

    @Autowired
    AggregateStores stores;

    TenantStore<Organisation> organisations() {
        return stores.tenantOwned(Organisation.class);
    }

    @Autowired
    OutboxRelay relay;

    @LocalServerPort
    int port;

    @Test
    void anOrganisationRegisteredWhileKafkaIsDownIsPublishedOnceWhenItReturns() {
        TestStack stack = TestStack.get();
        String id;
        stack.stopKafka();
        try {
            HttpResponse<String> created = ApiClient.onPort(port).post("/api/organisations",
                    "{\"name\":\"Registered during outage\",\"kind\":\"SCHOOL\"}", TestTokens.officer("almelo"));
            assertThat(created.statusCode()).isEqualTo(201);
            id = ApiClient.json(created).get("id").asString();
            // The relay tries and fails while the broker is down: the event must still be waiting.
            relay.publishPending();
            assertThat(organisations().findForSystem(id).orElseThrow().pendingEvents()).hasSize(1);
        } finally {
            stack.startKafka();
        }

        List<ConsumerRecord<String, String>> records = TopicProbe.awaitRecords(OrganisationsApi.TOPIC,
                record -> id.equals(record.key()));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> organisations().findForSystem(id).orElseThrow().pendingEvents().isEmpty());
        assertThat(TopicProbe.readAll(OrganisationsApi.TOPIC).stream().filter(record -> id.equals(record.key())))
                .hasSize(records.size()).hasSize(1);
    }
}
