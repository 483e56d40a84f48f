package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.node.ObjectNode;

/** A municipality outside the network is refused until its municipality.joined.v1 arrives; no restart. */
@StackTest
class MembershipIT {

    @LocalServerPort
    int port;

    @Test
    void aMunicipalityIsAcceptedOnceItJoined() {
        String city = "city-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.officer(city);
        ApiClient api = ApiClient.onPort(port);

        var refused = api.post("/widgets", "{\"name\":\"w\"}", token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("not a member");
        assertThat(api.post("/widgets", "{\"name\":\"w\"}", TestTokens.officer("almelo")).statusCode())
                .as("founding members are accepted from the start").isEqualTo(201);

        // The producer's documented example, for a city of the test's own.
        ObjectNode joined = (ObjectNode) EventJson.mapper().readTree(EventExamples.read("municipality.joined.v1"));
        joined.put("id", UUID.randomUUID().toString()).put("municipality", city).put("aggregateId", city);
        ((ObjectNode) joined.get("payload")).put("id", city);
        TopicProbe.send("citybridge.samples-membership", city, joined.toString());

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> api.post("/widgets", "{\"name\":\"w\"}", token).statusCode() == 201);
    }
}
