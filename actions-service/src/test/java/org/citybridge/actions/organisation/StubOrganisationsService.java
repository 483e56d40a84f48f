package org.citybridge.actions.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * organisations-service's {@code GET /api/organisations/{id}} as the partner check sees it: ONE per test
 * JVM on a random local port, which every test context of this module is pointed at
 * ({@link StubOrganisationsServiceUrl}), so they all stay one cached context. Ids it was not told about
 * are a 404; tests use fresh ids, so they do not see each other's answers.
 */
public final class StubOrganisationsService {

    /** One request as it arrived: its path, with which Authorization header. */
    public record Request(String path, String authorization) {
    }

    private static final String PATH = "/api/organisations/";
    private static StubOrganisationsService instance;

    private final int port;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Set<String> slow = ConcurrentHashMap.newKeySet();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile CountDownLatch slowAnswersMayGo = new CountDownLatch(1);
    private HttpServer server;

    private StubOrganisationsService() {
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    public static synchronized StubOrganisationsService get() {
        if (instance == null) {
            instance = new StubOrganisationsService();
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Answers 200 with the organisation (and fields the client does not read, as the real one does). */
    public void knows(String organisationId, String municipality, String status) {
        answers.put(organisationId, """
                {"id":"%s","municipality":"%s","name":"Stubbed %s","kind":"SCHOOL","visibility":"NETWORK",
                 "communities":[],"status":"%s","publiclyListed":false}""".formatted(organisationId, municipality,
                organisationId, status));
    }

    /** Holds the answer about this id until {@link #reset()}: a hanging organisations-service. */
    public void answersSlowly(String organisationId) {
        slow.add(organisationId);
    }

    public List<Request> requestsFor(String organisationId) {
        return requests.stream().filter(request -> request.path().equals(PATH + organisationId)).toList();
    }

    /** Every request, whatever its path. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Nobody listens on the port any more, as when organisations-service is stopped. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Lets held answers go and listens again, on the same port. */
    public synchronized void reset() {
        slowAnswersMayGo.countDown();
        slowAnswersMayGo = new CountDownLatch(1);
        slow.clear();
        if (server == null) {
            server = listen(port);
        }
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            created.createContext("/", this::answer);
            created.setExecutor(threads);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization")));
        String id = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
        if (slow.contains(id)) {
            awaitRelease();
        }
        String body = answers.get(id);
        byte[] bytes = (body != null ? body
                : "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"Organisation " + id + " not found\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body != null ? "application/json" : "application/problem+json");
        // No keep-alive: a connection kept across stop() and reset() would fail the next request.
        exchange.getResponseHeaders().add("Connection", "close");
        exchange.sendResponseHeaders(body != null ? 200 : 404, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            slowAnswersMayGo.await(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
