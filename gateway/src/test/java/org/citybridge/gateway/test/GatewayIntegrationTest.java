package org.citybridge.gateway.test;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;

import org.citybridge.gateway.routing.Downstream;

/**
 * The real gateway on a random port, with every service replaced by a stub. Subclasses share one
 * application context unless they add properties of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTest {

    @LocalServerPort
    protected int port;

    protected WebTestClient client;

    /**
     * A new connection per request, and 30 s before giving up. Twice in many runs, with the shared pooled
     * client, one health probe reached the gateway only when the client's response timeout ran out (after 5 s,
     * then after 30 s), while the requests before it had been answered in milliseconds. The cause was not found
     * (40 health probes in a row on a pooled client did not reproduce it); fresh connections take connection
     * reuse out of the question for these tests, which are about what the gateway answers, not how fast:
     * latency is measured by the benchmarks.
     */
    @BeforeEach
    void clientWithoutPool() {
        client = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("ORGANISATIONS_URL", () -> Downstreams.stub(Downstream.ORGANISATIONS).baseUrl().toString());
        registry.add("ACTIONS_URL", () -> Downstreams.stub(Downstream.ACTIONS).baseUrl().toString());
        registry.add("KNOWLEDGE_URL", () -> Downstreams.stub(Downstream.KNOWLEDGE).baseUrl().toString());
        registry.add("EVENTS_URL", () -> Downstreams.stub(Downstream.EVENTS).baseUrl().toString());
        registry.add("IDENTITY_URL", () -> Downstreams.stub(Downstream.IDENTITY).baseUrl().toString());
        // Else the pages' route would reach whatever web process runs on the default port of this machine.
        registry.add("WEB_URL", () -> Downstreams.stub(Downstream.WEB).baseUrl().toString());
        registry.add("CITYBRIDGE_ISSUER", () -> TestTokens.ISSUER);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
