package org.citybridge.gateway.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Identity's JWK set on a port of its own, for tests of what the gateway does while identity is away: it can
 * be stopped (connections refused) and started again on the same port, and counts the key-set fetches.
 */
public final class StoppableIdentity {

    private final String jwkSetJson;
    private final AtomicInteger fetches = new AtomicInteger();
    private final int port;
    private HttpServer server;

    private StoppableIdentity(String jwkSetJson) {
        this.jwkSetJson = jwkSetJson;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    /** Publishing the keys of {@code tokens}, on a free loopback port. */
    public static StoppableIdentity publishing(TestTokens tokens) {
        return new StoppableIdentity(tokens.jwkSetJson());
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + port + "/oauth2/jwks";
    }

    public int fetches() {
        return fetches.get();
    }

    public void resetFetches() {
        fetches.set(0);
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void restart() {
        if (server == null) {
            server = listen(port);
        }
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/oauth2/jwks", exchange -> {
                byte[] body = jwkSetJson.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                // Counted once answered, so that a test waiting for a fetch does not stop the server mid-answer.
                fetches.incrementAndGet();
            });
            created.start();
            return created;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
