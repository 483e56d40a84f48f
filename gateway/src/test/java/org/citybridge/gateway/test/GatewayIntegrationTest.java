package org.citybridge.gateway.test;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.citybridge.gateway.routing.Downstream;

/**
 * The real gateway on a random port, with every service replaced by a stub. Subclasses share one
 * application context unless they add properties of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class GatewayIntegrationTest {

    @Autowired
    protected WebTestClient client;

    /**
     * WebTestClient gives up after 5 s by default; on a loaded 2-core CI machine one answer in thousands
     * took longer (a pause, not the gateway's doing). These tests are about what the gateway answers,
     * not how fast: latency is measured by the benchmarks.
     */
    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("ORGANISATIONS_URL", () -> Downstreams.stub(Downstream.ORGANISATIONS).baseUrl().toString());
        registry.add("ACTIONS_URL", () -> Downstreams.stub(Downstream.ACTIONS).baseUrl().toString());
        registry.add("KNOWLEDGE_URL", () -> Downstreams.stub(Downstream.KNOWLEDGE).baseUrl().toString());
        registry.add("EVENTS_URL", () -> Downstreams.stub(Downstream.EVENTS).baseUrl().toString());
        registry.add("IDENTITY_URL", () -> Downstreams.stub(Downstream.IDENTITY).baseUrl().toString());
        registry.add("CITYBRIDGE_ISSUER", () -> TestTokens.ISSUER);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
