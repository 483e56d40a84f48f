package org.citybridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * Congresses, registrations, tickets and check-in through the API, as organisers, attendees and door
 * devices use them.
 */
public final class EventsClient {

    public static final String TOPIC = "citybridge.events";
    public static final String TOKEN = "X-Registration-Token";
    /** A start far enough ahead that registration is open, and well before the year 2100. */
    public static final Instant START = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.HOURS);

    private final ApiClient api;

    public EventsClient(int port) {
        this.api = ApiClient.onPort(port);
    }

    public ApiClient api() {
        return api;
    }

    /** A published PUBLIC congress of {@code city} with public registration and two sessions at the same time. */
    public JsonNode congress(String city, int capacity, int sessionCapacity, String extraJson) {
        return congress(START, city, capacity, sessionCapacity, extraJson);
    }

    /**
     * Like {@link #congress(String, int, int, String)}, but under way: it started an hour ago and takes
     * registrations until an hour before it ends, so that its tickets let people in now.
     */
    public JsonNode congressToday(String city, int capacity, String extraJson) {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        String closes = "\"registrationClosesAt\": \"" + start.plus(Duration.ofHours(7)) + "\"";
        return congress(start, city, capacity, capacity, extraJson == null ? closes : closes + ", " + extraJson);
    }

    private JsonNode congress(Instant start, String city, int capacity, int sessionCapacity, String extraJson) {
        String body = """
                {"title": {"nl": "Congres %s", "en": "Congress %s"},
                 "description": {"nl": "Kennisoverdracht tussen gemeenten"},
                 "startsAt": "%s", "endsAt": "%s", "capacity": %d, "publicRegistration": true, "visibility": "PUBLIC",
                 "sessions": [
                   {"title": {"nl": "Workshop onderwijs"}, "startsAt": "%s", "endsAt": "%s", "room": "Zaal 1", "capacity": %d,
                    "speakers": ["Projectteam KleurRijk"]},
                   {"title": {"nl": "Workshop werk"}, "startsAt": "%s", "endsAt": "%s", "room": "Zaal 2", "capacity": %d},
                   {"title": {"nl": "Slotdebat"}, "startsAt": "%s", "endsAt": "%s", "room": "Grote zaal", "capacity": %d}
                 ]%s}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), start, start.plus(Duration.ofHours(8)), capacity,
                start, start.plus(Duration.ofHours(2)), sessionCapacity,
                start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(3)), sessionCapacity,
                start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(5)), sessionCapacity,
                extraJson == null ? "" : ", " + extraJson);
        HttpResponse<String> created = api.post("/api/congresses", body, TestTokens.organiser(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created);
    }

    public static String sessionId(JsonNode congress, int index) {
        return congress.get("sessions").get(index).get("id").asString();
    }

    public HttpResponse<String> register(String congressId, String email, String extraJson) {
        return api.post("/api/congresses/" + congressId + "/registrations", registration(email, extraJson), null);
    }

    public static String registration(String email, String extraJson) {
        return """
                {"name": "Attendee %s", "email": "%s", "organisation": "Stichting Samen", "municipality": "Almelo",
                 "language": "nl", "consentToList": true%s}
                """.formatted(email, email, extraJson == null ? "" : ", " + extraJson);
    }

    /** A person registering with their own name, organisation, city and language, for the sessions given. */
    public JsonNode person(String congressId, String name, String organisation, String city, String language,
            String... sessionIds) {
        String body = """
                {"name": "%s", "email": "%s", "organisation": %s, "municipality": "%s", "language": "%s",
                 "consentToList": true, "sessions": [%s]}
                """.formatted(name, email(), organisation == null ? "null" : "\"" + organisation + "\"", city, language,
                Stream.of(sessionIds).map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")));
        HttpResponse<String> response = api.post("/api/congresses/" + congressId + "/registrations", body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    /** Registers and expects it to be made. */
    public JsonNode registered(String congressId, String email, String extraJson) {
        HttpResponse<String> response = register(congressId, email, extraJson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    public HttpResponse<String> get(JsonNode registration) {
        return get(registration.get("code").asString(), registration.get("managementToken").asString());
    }

    public HttpResponse<String> get(String code, String token) {
        HttpRequest.Builder request = api.request("/api/registrations/" + code, null).GET();
        if (token != null) {
            request.header(TOKEN, token);
        }
        return api.send(request);
    }

    public JsonNode current(JsonNode registration) {
        HttpResponse<String> response = get(registration);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    public HttpResponse<String> cancel(JsonNode registration) {
        return api.send(api.request("/api/registrations/" + registration.get("code").asString(), null)
                .header(TOKEN, registration.get("managementToken").asString()).DELETE());
    }

    public HttpResponse<String> changeSessions(JsonNode registration, String sessionsJson) {
        return api.send(api.request("/api/registrations/" + registration.get("code").asString(), null)
                .header(TOKEN, registration.get("managementToken").asString())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"sessions\": " + sessionsJson + "}")));
    }

    public HttpResponse<String> accept(JsonNode registration) {
        return api.send(api.request("/api/registrations/" + registration.get("code").asString() + "/accept", null)
                .header(TOKEN, registration.get("managementToken").asString())
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The registration holder's own GET, with its management token. */
    public HttpResponse<String> asHolder(String path, JsonNode registration) {
        return api.send(api.request(path, null).header(TOKEN, registration.get("managementToken").asString()).GET());
    }

    public HttpResponse<byte[]> bytesAsHolder(String path, JsonNode registration) {
        try {
            return HttpClient.newHttpClient().send(api.request(path, null)
                    .header(TOKEN, registration.get("managementToken").asString()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The secret of the registration's current ticket, as its holder fetches it. */
    public String secretOf(JsonNode registration) {
        HttpResponse<String> response = asHolder("/api/registrations/" + registration.get("code").asString()
                + "/ticket", registration);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("secret").asString();
    }

    public String publicKeyOf(String congressId, String municipality) {
        HttpResponse<String> response = api.get("/api/congresses/" + congressId + "/ticket-keys",
                TestTokens.organiser(municipality));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("keys").get(0).get("publicKey").asString();
    }

    /** The ticket ids on the congress's revocation list, as a door device downloads them. */
    public List<String> revokedTickets(String congressId, String municipality) {
        HttpResponse<String> response = api.get("/api/congresses/" + congressId + "/revocations?size=100",
                TestTokens.organiser(municipality));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("items").valueStream().map(item -> item.get("ticketId").asString())
                .toList();
    }

    public String checkInList(String congressId, String municipality, String name, String sessionId) {
        HttpResponse<String> response = createCheckInList(congressId, municipality, name, sessionId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).get("id").asString();
    }

    public HttpResponse<String> createCheckInList(String congressId, String municipality, String name,
            String sessionId) {
        String body = sessionId == null ? "{\"name\": \"%s\"}".formatted(name)
                : "{\"name\": \"%s\", \"sessionId\": \"%s\"}".formatted(name, sessionId);
        return api.post("/api/congresses/" + congressId + "/check-in-lists", body, TestTokens.organiser(municipality));
    }

    public HttpResponse<String> scan(String congressId, String listId, String municipality, String secretOrCode,
            String nonce, String device) {
        return api.post("/api/congresses/" + congressId + "/check-in-lists/" + listId + "/scans",
                "{\"secretOrCode\": \"%s\", \"nonce\": \"%s\", \"deviceId\": \"%s\"}".formatted(secretOrCode,
                        nonce, device), TestTokens.organiser(municipality));
    }

    public JsonNode scanned(String congressId, String listId, String municipality, String secretOrCode, String nonce,
            String device) {
        HttpResponse<String> response = scan(congressId, listId, municipality, secretOrCode, nonce, device);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    public static String nonce() {
        return UUID.randomUUID().toString();
    }

    public static String email() {
        return "a-" + UUID.randomUUID() + "@example.org";
    }
}
