package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citybridge.platform.event.Topics;
import org.citybridge.platform.outbox.OutboxRelay;
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
    OrganisationRepository organisations;

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
            assertThat(organisations.findById(id).orElseThrow().pendingEvents()).hasSize(1);
        } finally {
            stack.startKafka();
        }

        List<ConsumerRecord<String, String>> records = TopicProbe.awaitRecords(Topics.ORGANISATIONS,
                record -> id.equals(record.key()));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> organisations.findById(id).orElseThrow().pendingEvents().isEmpty());
        assertThat(TopicProbe.readAll(Topics.ORGANISATIONS).stream().filter(record -> id.equals(record.key())))
                .hasSize(records.size()).hasSize(1);
    }
}
