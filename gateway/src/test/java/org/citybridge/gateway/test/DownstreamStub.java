package org.citybridge.gateway.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one service: records what reached it and answers 200 with a small JSON body unless told
 * otherwise for a path. Answers carry X-Stub with the stub's name, so a test sees who answered.
 */
public final class DownstreamStub {

    public static final String STUB_HEADER = "X-Stub";

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedDeque<RecordedRequest> requests = new ConcurrentLinkedDeque<>();
    private final Map<String, StubResponse> responses = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    private DownstreamStub(String name) {
        this.name = name;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "stub-" + name);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static DownstreamStub start(String name) {
        return new DownstreamStub(name);
    }

    public String name() {
        return name;
    }

    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Answers the given path (exact, without query) with this status and body from now on. */
    public void respond(String path, int status, String contentType, String body) {
        responses.put(path, new StubResponse(status, contentType, body));
    }

    /**
     * Answers the given path with 200 only after the delay; a timer completes the exchange, so no thread
     * is parked while the gateway waits.
     */
    public void respondAfter(String path, Duration delay) {
        delays.put(path, delay);
    }

    public Optional<RecordedRequest> lastRequestTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).reduce((first, second) -> second);
    }

    /** The request that carried this exact query string; tests make each query unique to find their own. */
    public Optional<RecordedRequest> requestWithQuery(String query) {
        return requests.stream().filter(r -> query.equals(r.query())).findFirst();
    }

    /** How many requests carried this exact query string; for paths shared by every test, like /login. */
    public long countRequestsWithQuery(String query) {
        return requests.stream().filter(r -> query.equals(r.query())).count();
    }

    public long countRequestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key, List.copyOf(values)));
        URI uri = exchange.getRequestURI();
        // Recorded before answering, so the gateway's response can only arrive after the record exists.
        requests.add(new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers,
                new String(requestBody, StandardCharsets.UTF_8)));
        StubResponse response = responses.getOrDefault(uri.getRawPath(),
                new StubResponse(200, "application/json", "{\"stub\":\"" + name + "\",\"path\":\"" + uri.getRawPath() + "\"}"));
        Duration delay = delays.get(uri.getRawPath());
        if (delay == null) {
            answer(exchange, response);
        }
        else {
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, executor)
                    .execute(() -> answer(exchange, response));
        }
    }

    private void answer(HttpExchange exchange, StubResponse response) {
        try (exchange) {
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set(STUB_HEADER, name);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
            String body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public List<String> headerValues(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    private record StubResponse(int status, String contentType, String body) {
    }
}
