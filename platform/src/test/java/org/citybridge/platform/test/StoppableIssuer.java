package org.citybridge.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Identity's JWK set (the keys of {@link TestTokens}) on a port of its own, for tests of what the services do
 * while identity is away: it can be stopped and started again on the same port, and counts the fetches.
 */
public final class StoppableIssuer {

    private final AtomicInteger fetches = new AtomicInteger();
    // Made before listening: the first use of TestTokens generates its key, slower than a key-set read may take.
    private final byte[] jwkSet = TestTokens.jwkSetJson().getBytes(StandardCharsets.UTF_8);
    private final int port;
    private HttpServer server;

    private StoppableIssuer() {
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    /** Started on a free loopback port. */
    public static StoppableIssuer start() {
        return new StoppableIssuer();
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + port + "/oauth2/jwks";
    }

    /** Key-set requests answered since the last {@link #resetFetches()}. */
    public int fetches() {
        return fetches.get();
    }

    public void resetFetches() {
        fetches.set(0);
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** Closes the port: requests for the key set are refused, as when identity is down. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        if (server == null) {
            server = listen(port);
        }
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwkSet.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwkSet);
                }
                // Counted once answered, so that a test waiting for a fetch does not stop the server mid-answer.
                fetches.incrementAndGet();
            });
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
