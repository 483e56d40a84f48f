package org.citybridge.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harness's HTTP client: JDK's HttpClient on HTTP/1.1 (keep-alive connections, as browsers and the
 * gateway's clients use), JSON in and out. One instance is shared by all threads of a benchmark; it opens
 * as many connections as there are concurrent callers.
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** An answer: its status, body and, for 201, where the new thing lives. */
    record Answer(int status, String body, String location) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** This answer, or an exception naming the call when its status is not the expected one. */
        Answer expect(String what, int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new UnexpectedAnswer(what + " answered " + status + ": " + abbreviated(body));
        }

        private static String abbreviated(String text) {
            return text.length() <= 300 ? text : text.substring(0, 300) + "…";
        }
    }

    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }

    Answer get(URI base, String pathAndQuery, String token) throws IOException, InterruptedException {
        return send(request(base, pathAndQuery, token).GET().build());
    }

    /**
     * Sends a fresh {@code Idempotency-Key}, as every client of ours does: a retry of this request
     * (by the caller, with {@link #post(URI, String, String, Object, String)}) would not do the work twice.
     */
    Answer post(URI base, String path, String token, Object body) throws IOException, InterruptedException {
        return post(base, path, token, body, UUID.randomUUID().toString());
    }

    /** @param idempotencyKey the same for every attempt at one logical request */
    Answer post(URI base, String path, String token, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return send(request(base, path, token).header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY, idempotencyKey).POST(publisher).build());
    }

    private static HttpRequest.Builder request(URI base, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null));
    }
}
