package org.citybridge.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Congresses of their own for the public pages' browser tests, planned and published through the API as
 * organiser@almelo: no test depends on the demo data's places, nor leaves its registrations on them.
 */
final class PublicCongressData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a test needs of the congress it made. */
    record Congress(String id, String title, String sessionId, String sessionTitle) {
    }

    private PublicCongressData() {
    }

    /**
     * A published public congress a month ahead, titled in nl, de and en, with {@code capacity} places and two
     * sessions at the same time (a person may choose one): the first with {@code sessionCapacity} places.
     */
    static Congress publish(int capacity, int sessionCapacity) {
        String token = BrowserSuite.token("organiser@almelo");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"title": {"nl": "Netwerkdag integratie %1$s", "de": "Netzwerktag Integration %1$s",
                           "en": "Integration network day %1$s"},
                 "description": {"nl": "Steden wisselen uit wat werkt.", "de": "Städte tauschen aus, was funktioniert.",
                                 "en": "Cities share what works."},
                 "startsAt": "%2$s", "endsAt": "%3$s", "capacity": %4$d, "publicRegistration": true,
                 "visibility": "PUBLIC", "waitListMode": "AUTOMATIC", "draft": true,
                 "sessions": [
                   {"title": {"nl": "Werkplaats vrijwilligers", "de": "Werkstatt Ehrenamt", "en": "Volunteering workshop"},
                    "startsAt": "%2$s", "endsAt": "%5$s", "room": "Zaal 1", "capacity": %6$d},
                   {"title": {"nl": "Werkplaats onderwijs", "de": "Werkstatt Bildung", "en": "Education workshop"},
                    "startsAt": "%2$s", "endsAt": "%5$s", "room": "Zaal 2", "capacity": 40}
                 ]}
                """.formatted(tag, start, start.plus(Duration.ofHours(6)), capacity, start.plus(Duration.ofHours(1)),
                sessionCapacity);
        JsonNode created = send("POST", "/api/congresses", body, token, 201);
        String id = created.get("id").asString();
        send("POST", "/api/congresses/" + id + "/publish", null, token, 200);
        JsonNode session = created.get("sessions").get(0);
        return new Congress(id, "Integration network day " + tag, session.get("id").asString(),
                session.get("title").get("en").asString());
    }

    /** A registration as the API makes it for anyone: its code and the management token the first mail carries. */
    record Registered(String code, String managementToken) {
    }

    /** Registers someone for the congress through the API, as if elsewhere: the browser under test knows nothing. */
    static Registered register(String congressId, String name) {
        String body = """
                {"name": "%s", "email": "api-%s@example.org", "language": "en"}
                """.formatted(name, UUID.randomUUID());
        // An anonymous write: in the launched suite it shares 127.0.0.1's limit with every browser test's visitors.
        String key = UUID.randomUUID().toString();
        JsonNode[] made = new JsonNode[1];
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(7)).atMost(PublicPages.RATE_LIMIT_PATIENCE)
                .until(() -> (made[0] = sendOrNullWhenLimited("POST", "/api/congresses/" + congressId + "/registrations",
                        body, key)) != null);
        return new Registered(made[0].get("code").asString(), made[0].get("managementToken").asString());
    }

    private static JsonNode sendOrNullWhenLimited(String method, String path, String body, String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BrowserSuite.api() + path))
                .timeout(Duration.ofSeconds(30)).header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                return null;
            }
            if (response.statusCode() != 201) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode send(String method, String path, String body, String token, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BrowserSuite.api() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
