package org.citybridge.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Serves the JWK set of {@link TestTokens} over HTTP, the way the identity provider does. */
final class TestIssuer {

    private final HttpServer server;

    private TestIssuer(HttpServer server) {
        this.server = server;
    }

    static TestIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // Made before the first request: the first use of TestTokens generates its key, which on a busy
            // machine took longer than a service waits for a key set.
            byte[] body = TestTokens.jwkSetJson().getBytes(StandardCharsets.UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new TestIssuer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
    }

    void stop() {
        server.stop(0);
    }
}
