package org.citybridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The harness writes through the API like a careful client: every POST can be retried safely. */
class HttpTest {

    private final List<String> keys = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void server() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst(Http.IDEMPOTENCY_KEY)));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyPostCarriesItsOwnIdempotencyKey() throws Exception {
        Http http = new Http();

        http.post(base, "api/organisations", "token", Map.of("name", "a"));
        http.post(base, "api/practices/1/publish", null, null);

        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
        keys.forEach(key -> assertThat(UUID.fromString(key).toString()).isEqualTo(key));
    }

    @Test
    void aRetryOfOneRequestSendsTheSameKey() throws Exception {
        Http http = new Http();
        String key = UUID.randomUUID().toString();

        http.post(base, "api/congresses", "token", Map.of("title", "t"), key);
        http.post(base, "api/congresses", "token", Map.of("title", "t"), key);

        assertThat(keys).containsExactly(key, key);
    }
}
